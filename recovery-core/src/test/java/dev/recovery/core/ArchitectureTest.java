package dev.recovery.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundary of recovery-core (docs/architecture.md): java.* only, no package cycles. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.recovery.core");
    }

    @Test
    void coreDependsOnJavaOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.recovery.core..")
                .because("recovery-core is a dependency-free library (docs/architecture.md)")
                .check(core);
    }

    @Test
    void coreHasNoPackageCycles() {
        slices().matching("dev.recovery.core.(*)..").should().beFreeOfCycles().check(core);
    }
}
