package dev.recovery.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shell's boundaries (docs/architecture.md): no package cycles; the journal (the user's data
 * on disk) stays free of Spring so it can be reasoned about and tested on its own; and the console's
 * layers run one way, commands to services to the journal, with no command calling another.
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
    void commandsReachTheJournalOnlyThroughServices() {
        noClasses().that().resideInAPackage("dev.recovery.shell.command..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.recovery.shell.journal.Journal")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.recovery.shell.service.JournalSession")
                .check(shell);
    }

    @Test
    void commandsNeverDependOnOtherCommands() {
        noClasses().that().resideInAPackage("dev.recovery.shell.command..").and().haveSimpleNameEndingWith("Commands")
                .should(dependOnAnotherCommandClass())
                .check(shell);
    }

    @Test
    void servicesDoNotDependOnCommands() {
        noClasses().that().resideInAPackage("dev.recovery.shell.service..")
                .should().dependOnClassesThat().resideInAPackage("dev.recovery.shell.command..")
                .check(shell);
    }

    @Test
    void journalDependsOnNoOtherConsoleLayer() {
        noClasses().that().resideInAPackage("dev.recovery.shell.journal..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.recovery.shell.command..", "dev.recovery.shell.service..",
                        "dev.recovery.shell.render..", "dev.recovery.shell.cli..", "dev.recovery.shell.export..")
                .check(shell);
    }

    @Test
    void journalDoesNotDependOnSpring() {
        noClasses().that().resideInAPackage("dev.recovery.shell.journal..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .allowEmptyShould(true)
                .check(shell);
    }

    /** A class depends on a {@code *Commands} class other than itself (or its own nested classes). */
    private static ArchCondition<JavaClass> dependOnAnotherCommandClass() {
        return new ArchCondition<>("depend on another command class") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String outer = target.getName().replaceAll("\\$.*", "");
                    if (outer.startsWith("dev.recovery.shell.command.") && outer.endsWith("Commands")
                            && !outer.equals(item.getName().replaceAll("\\$.*", ""))) {
                        events.add(SimpleConditionEvent.satisfied(item, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
