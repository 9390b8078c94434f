package dev.recovery.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shell's boundaries (docs/architecture.md): no package cycles, and the journal (the user's data
 * on disk) stays free of Spring so it can be reasoned about and tested on its own.
 */
class ArchitectureTest {

    private static JavaClasses shell;

    @BeforeAll
    static void importShell() {
        shell = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.recovery.shell");
    }

    @Test
    void shellHasNoPackageCycles() {
        slices().matching("dev.recovery.shell.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(shell);
    }

    @Test
    void journalDoesNotDependOnSpring() {
        noClasses().that().resideInAPackage("dev.recovery.shell.journal..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .allowEmptyShould(true)
                .check(shell);
    }
}
