package dev.recovery.shell;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.recovery.plans.generate.InfeasiblePlanException;
import dev.recovery.plans.generate.PlanBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console uses the plans module through its public API only: the plan model, requests,
 * adaptation and exports, and of plan generation just its entry point. It stores what a plan is
 * rebuilt from and lets the plan derive the rest, so it never needs generation internals.
 */
class PlanBoundaryArchitectureTest {

    private static JavaClasses shell;

    @BeforeAll
    static void importShell() {
        shell = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.recovery.shell");
    }

    @Test
    void shellUsesOnlyTheEntryPointOfPlanGeneration() {
        noClasses().that().resideInAPackage("dev.recovery.shell..")
                .should().dependOnClassesThat(resideInAPackage("dev.recovery.plans.generate..")
                        .and(not(belongToAnyOf(PlanBuilder.class, InfeasiblePlanException.class))))
                .because("generation internals (day layout, progression, paces) may change without notice; "
                        + "a plan derives its prescriptions and volumes itself")
                .check(shell);
    }
}
