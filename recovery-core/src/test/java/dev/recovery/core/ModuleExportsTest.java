package dev.recovery.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Core is the named module dev.recovery.core and needs nothing but java.base (tests run on the module path). */
class ModuleExportsTest {

    private static ModuleDescriptor descriptor() {
        Module module = Distance.class.getModule();
        assertTrue(module.isNamed(), "the tests run inside the named module");
        return module.getDescriptor();
    }

    @Test
    void theModuleIsNamedDevRecoveryCore() {
        assertEquals("dev.recovery.core", descriptor().name());
    }

    @Test
    void itRequiresOnlyJavaBase() {
        Set<String> required = new TreeSet<>();
        descriptor().requires().forEach(r -> required.add(r.name()));
        assertEquals(Set.of("java.base"), required);
    }

    @Test
    void everyDomainPackageIsExportedApi() {
        Set<String> exported = new TreeSet<>();
        descriptor().exports().forEach(e -> exported.add(e.source()));
        assertEquals(Set.of("dev.recovery.core.episode", "dev.recovery.core.load", "dev.recovery.core.log", "dev.recovery.core.pace",
                "dev.recovery.core.readiness", "dev.recovery.core.recovery", "dev.recovery.core.source",
                "dev.recovery.core.triage", "dev.recovery.core.unit"), exported);
    }
}
