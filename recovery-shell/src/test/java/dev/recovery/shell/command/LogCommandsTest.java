package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.cli.Failure;
import dev.recovery.shell.cli.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LogCommandsTest {

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

    @Test
    void logRunPrintsMetricJson() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(console.run(
                "log run --date 2026-11-20 --distance 6.2mi --duration 55:00 --type tempo --rpe 6 --format json"));
        JsonNode run = json.get("recorded");
        assertEquals("2026-11-20", run.get("date").asString());
        assertEquals(9.978, run.get("distanceKm").asDouble(), 0.001);
        assertEquals(3300, run.get("durationSeconds").asInt());
        assertEquals("tempo", run.get("type").asString());
        assertEquals(6, run.get("rpe").asInt());
    }

    @Test
    void logRunWithoutDateIsToday() throws Exception {
        assertTrue(console.run("log run --distance 10km --duration 55:00").startsWith("Recorded run on 2026-11-22"));
    }

    @Test
    void logRunIsInTheHistory() throws Exception {
        console.run("log run --date 2026-11-20 --distance 10km --duration 55:00 --note \"hilly, windy\"");
        String history = console.run("history");
        assertTrue(history.contains("2026-11-20  run   easy 10.0 km in 55:00 (5:30/km), \"hilly, windy\""), history);
    }

    @Test
    void rpeOutOfRangeNamesTheOptionValueAndRange() {
        Exception e = assertThrows(Exception.class, () -> console.run("log run --distance 10km --duration 55:00 --rpe 11"));
        assertEquals(new Failure(ExitCode.USAGE, "--rpe: 11 is not allowed; expected a whole number from 1 to 10"), Failure.of(e));
    }

    @Test
    void badDistanceIsAUsageError() {
        Exception e = assertThrows(Exception.class, () -> console.run("log run --distance ten --duration 55:00"));
        Failure failure = Failure.of(e);
        assertEquals(ExitCode.USAGE, failure.exitCode());
        assertTrue(failure.message().startsWith("--distance: 'ten' is not allowed"), failure.message());
    }

    @Test
    void missingRequiredOptionIsNamed() {
        Exception e = assertThrows(Exception.class, () -> console.run("log run --distance 10km"));
        assertTrue(Failure.of(e).message().contains("missing required option --duration"), e.getMessage());
    }

    @Test
    void logCrossRecordsStrength() throws Exception {
        String text = console.run("log cross --date 2026-11-21 --activity strength --duration 40:00 --rpe 5");
        assertEquals("Recorded strength on 2026-11-21: strength 40:00, RPE 5", text);
    }

    @Test
    void logCrossKeepsTheHeartRateOfAStrengthSession() throws Exception {
        String text = console.run("log cross --date 2026-11-21 --activity strength --duration 40:00 --avg-hr 118");
        assertEquals("Recorded strength on 2026-11-21: strength 40:00, avg HR 118", text);
    }

    @Test
    void unknownActivityListsTheAllowedOnes() {
        Exception e = assertThrows(Exception.class, () -> console.run("log cross --activity rowing --duration 40:00"));
        assertEquals("--activity: rowing is not allowed; expected one of bike, elliptical, swim, walk, strength, yoga",
                Failure.of(e).message());
    }

    @Test
    void undoTakesBackTheLastEntryAndSaysWhich() throws Exception {
        console.run("log run --date 2026-11-20 --distance 10km --duration 55:00");
        console.run("log run --date 2026-11-21 --distance 5km --duration 30:00");
        assertTrue(console.run("undo").startsWith("Undid run on 2026-11-21"));
        String history = console.run("history --format json");
        assertTrue(history.contains("2026-11-20") && !history.contains("2026-11-21"), history);
    }

    @Test
    void historyFiltersByDay() throws Exception {
        console.run("log run --date 2026-11-10 --distance 10km --duration 55:00");
        console.run("log run --date 2026-11-20 --distance 12km --duration 66:00");
        String history = console.run("history --from 2026-11-15 --to 2026-11-30");
        assertTrue(history.contains("2026-11-20") && !history.contains("2026-11-10"), history);
    }

    @Test
    void historyToBeforeFromIsAUsageError() {
        Exception e = assertThrows(Exception.class, () -> console.run("history --from 2026-11-15 --to 2026-11-01"));
        assertEquals(ExitCode.USAGE, Failure.of(e).exitCode());
    }
}
