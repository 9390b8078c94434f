package dev.recovery.plans;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundary of recovery-plans (docs/architecture.md): core and java.* only, no package cycles. */
class ArchitectureTest {

    private static JavaClasses plans;

    @BeforeAll
    static void importPlans() {
        plans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.recovery.plans");
    }

    @Test
    void plansDependOnCoreAndJavaOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.recovery.core..", "dev.recovery.plans..")
                .because("recovery-plans builds on recovery-core alone; Spring and Jackson stay in recovery-shell")
                .allowEmptyShould(true)
                .check(plans);
    }

    @Test
    void plansHaveNoPackageCycles() {
        slices().matching("dev.recovery.plans.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(plans);
    }

    @Test
    void exportersNeverDependOnGeneration() {
        noClasses().that().resideInAPackage("dev.recovery.plans.export..")
                .should().dependOnClassesThat().resideInAPackage("dev.recovery.plans.generate..")
                .because("an export renders a plan, however it was made (generated, adapted or read back); "
                        + "everything it shows is on the plan model")
                .check(plans);
    }

    @Test
    void thePlanModelNeverDependsOnGeneration() {
        noClasses().that().resideInAPackage("dev.recovery.plans.plan..")
                .should().dependOnClassesThat().resideInAPackage("dev.recovery.plans.generate..")
                .because("a plan derives what it shows from its own sessions")
                .check(plans);
    }
}
