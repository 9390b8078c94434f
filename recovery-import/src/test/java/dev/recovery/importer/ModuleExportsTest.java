package dev.recovery.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The module exports its API and keeps the format readers internal (tests run on the module path). */
class ModuleExportsTest {

    private static ModuleDescriptor descriptor() {
        Module module = Importer.class.getModule();
        assertTrue(module.isNamed(), "the tests run inside the named module");
        return module.getDescriptor();
    }

    @Test
    void theModuleIsNamedDevRecoveryImporter() {
        assertEquals("dev.recovery.importer", descriptor().name());
    }

    @Test
    void onlyTheApiPackagesAreExported() {
        Set<String> exported = new TreeSet<>();
        descriptor().exports().forEach(e -> exported.add(e.source()));
        assertEquals(Set.of("dev.recovery.importer", "dev.recovery.importer.activity", "dev.recovery.importer.dedup", "dev.recovery.importer.fit",
                "dev.recovery.importer.safety"), exported);
    }

    @Test
    void itNeedsOnlyCoreAndTheJdksXml() {
        Set<String> required = new TreeSet<>();
        descriptor().requires().forEach(r -> required.add(r.name()));
        assertEquals(Set.of("dev.recovery.core", "java.base", "java.xml"), required);
    }
}
