package dev.recovery.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundary of recovery-import: core and the JDK (StAX, zip) only, no package cycles. */
class ArchitectureTest {

    private static JavaClasses importer;

    @BeforeAll
    static void importClasses() {
        importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.recovery.importer");
    }

    @Test
    void importerDependsOnCoreAndTheJdkOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..", "dev.recovery.core..",
                        "dev.recovery.importer..")
                .because("parsing uses the JDK's StAX and zip only: no third-party parser, never the Garmin FIT SDK")
                .check(importer);
    }

    @Test
    void importerHasNoPackageCycles() {
        slices().matching("dev.recovery.importer.(*)..").should().beFreeOfCycles().check(importer);
    }
}
