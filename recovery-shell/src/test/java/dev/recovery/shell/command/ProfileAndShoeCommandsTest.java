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

class ProfileAndShoeCommandsTest {

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
    void profileStartsInKilometres() throws Exception {
        assertTrue(console.run("profile").startsWith("units       km"));
    }

    @Test
    void profileSetKeepsWhatIsNotGiven() throws Exception {
        console.run("profile set --name Sam --goal 3:30:00");
        String text = console.run("profile set --units mi");
        assertTrue(text.contains("units       mi") && text.contains("name        Sam") && text.contains("goal        3:30:00"), text);
    }

    @Test
    void milesShowInHistoryText() throws Exception {
        console.run("profile set --units mi");
        console.run("log run --date 2026-11-20 --distance 10km --duration 55:00");
        assertTrue(console.run("history").contains("6.2 mi"), console.run("history"));
    }

    @Test
    void jsonStaysMetricWhateverTheUnits() throws Exception {
        console.run("profile set --units mi");
        assertTrue(console.run("log run --date 2026-11-20 --distance 10km --duration 55:00 --format json")
                .contains("\"distanceKm\" : 10.0"));
    }

    @Test
    void restingAboveMaximumHeartRateIsRejected() {
        Exception e = assertThrows(Exception.class, () -> console.run("profile set --resting-hr 90 --max-hr 85"));
        assertEquals(ExitCode.USAGE, Failure.of(e).exitCode());
    }

    @Test
    void profileSetWithNothingIsAUsageError() {
        Exception e = assertThrows(Exception.class, () -> console.run("profile set"));
        assertTrue(Failure.of(e).message().startsWith("profile set: nothing to change"));
    }

    @Test
    void shoeMileageAddsUpTheRunsInIt() throws Exception {
        console.run("shoes add --name pegasus --date 2026-11-01");
        console.run("log run --date 2026-11-20 --distance 10km --duration 55:00 --shoe pegasus");
        console.run("log run --date 2026-11-21 --distance 5km --duration 28:00 --shoe Pegasus");
        String list = console.run("shoes list --format json");
        assertTrue(list.contains("\"distanceKm\" : 15.0") && list.contains("\"runs\" : 2"), list);
    }

    @Test
    void retiringAnUnknownShoeNamesIt() {
        Exception e = assertThrows(Exception.class, () -> console.run("shoes retire --name ghost"));
        assertEquals("--name: ghost is not a shoe in use; see 'shoes list'", Failure.of(e).message());
    }

    @Test
    void retiredShoeShowsItsRetirementDay() throws Exception {
        console.run("shoes add --name pegasus --date 2026-11-01");
        console.run("shoes retire --name pegasus --date 2026-11-22");
        assertTrue(console.run("shoes list").contains("2026-11-01  2026-11-22"), console.run("shoes list"));
    }
}
