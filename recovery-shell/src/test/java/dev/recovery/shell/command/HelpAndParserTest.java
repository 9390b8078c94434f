package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.cli.ExitCode;
import dev.recovery.shell.cli.Failure;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpAndParserTest {

    @TempDir
    Path home;
    private TestConsole console;

    @BeforeEach
    void start() {
        console = new TestConsole(home);
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private Failure failure(String line) {
        return Failure.of(assertThrows(Exception.class, () -> console.run(line)));
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        String help = console.run("help");
        for (String command : new String[] {"profile set", "log run", "log cross", "shoes add", "shoes list",
                "shoes retire", "history", "undo", "triage", "checkin", "script", "help", "load", "readiness", "recover",
                "paces"}) {
            assertTrue(help.contains("  " + command + " "), command + " missing from\n" + help);
        }
    }

    @Test
    void helpForACommandShowsEveryOption() throws Exception {
        String help = console.run("help log run");
        assertTrue(help.contains("Usage: log run [--date DATE] --distance DISTANCE --duration DURATION"), help);
        assertTrue(help.contains("--avg-hr AVG_HR") && help.contains("--format FORMAT"), help);
    }

    @Test
    void dashDashHelpShowsTheSameAsHelpCommand() throws Exception {
        assertEquals(console.run("help triage"), console.run("triage --help"));
    }

    @Test
    void everyOptionOfEveryCommandHasADescription() throws Exception {
        for (String command : new String[] {"log run", "log cross", "triage", "checkin", "profile set", "shoes add",
                "history"}) {
            String help = console.run("help " + command);
            for (String line : help.split("\n")) {
                if (line.startsWith("  --")) {
                    assertTrue(line.strip().split("\\s{2,}").length >= 2, "no description: " + line);
                }
            }
        }
    }

    @Test
    void unknownCommandSuggestsTheNearest() {
        assertEquals(new Failure(ExitCode.USAGE, "unknown command 'traige'; did you mean 'triage'?"), failure("traige --pain 3"));
    }

    @Test
    void unknownSubCommandSuggestsTheNearest() {
        Failure failure = failure("log rnu --distance 10km");
        assertTrue(failure.message().startsWith("unknown command 'log rnu'; did you mean 'log run'?"), failure.message());
    }

    @Test
    void groupAloneListsItsSubCommands() {
        assertEquals("shoes: expected one of add, list, retire (e.g. 'shoes add')", failure("shoes").message());
    }

    @Test
    void unknownOptionSuggestsTheNearestAndListsAllowed() {
        Failure failure = failure("history --form 2026-11-01");
        assertTrue(failure.message().startsWith("history: unknown option '--form'; did you mean --format?"), failure.message());
        assertTrue(failure.message().contains("allowed: --format --from --to"), failure.message());
    }

    @Test
    void optionWithoutValueIsNamed() {
        assertTrue(failure("log run --distance --duration 55:00").message().startsWith("log run: --distance needs a value"));
    }

    @Test
    void optionGivenTwiceIsAUsageError() {
        assertEquals("history: option --from is given twice", failure("history --from 2026-11-01 --from 2026-11-02").message());
    }

    @Test
    void strayArgumentIsAUsageError() {
        assertTrue(failure("undo everything").message().startsWith("undo: unexpected argument 'everything'"));
    }

    @Test
    void equalsFormIsAccepted() throws Exception {
        assertTrue(console.run("log run --distance=10km --duration=55:00 --format=json").contains("\"distanceKm\" : 10.0"));
    }

    @Test
    void badFormatNamesTheAllowedFormats() {
        assertEquals("--format: 'yaml' is not allowed; expected text or json", failure("profile --format yaml").message());
    }
}
