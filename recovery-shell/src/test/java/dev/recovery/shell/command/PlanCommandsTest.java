package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.cli.ExitCode;
import dev.recovery.shell.cli.Failure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanCommandsTest {

    private static final String GENERATE = "plan generate --race-date 2027-04-18 --current-weekly 30mi --peak-weekly 55mi "
            + "--runs-per-week 5 --long-run-day sunday --rest-day monday --strength-days tuesday,friday "
            + "--cross-day wednesday --goal 3:30:00";

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
    void generateJsonHasWeeksDaysAndSessions() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(console.run(GENERATE + " --format json"));
        JsonNode first = json.get("weeks").get(0);
        assertEquals(1, first.get("index").asInt());
        assertEquals("base", first.get("phase").asString());
        assertEquals("2026-12-14", first.get("startDate").asString());
        assertTrue(first.get("distanceKm").asDouble() > 0);
        JsonNode sunday = first.get("days").get(6);
        JsonNode run = sunday.get("sessions").get(0);
        assertEquals("run", run.get("kind").asString());
        assertEquals("long", run.get("type").asString());
        assertTrue(run.get("distanceKm").asDouble() > 10, run.toString());
    }

    @Test
    void generatedPlanIsKeptAndShown() throws Exception {
        console.run(GENERATE);
        assertTrue(console.run("plan show").startsWith("Plan: 18 weeks, 2026-12-14 to race day 2027-04-18"));
        String week = console.run("plan show --week 1");
        assertTrue(week.contains("2026-12-20  sun  long run"), week);
    }

    @Test
    void showWithoutAPlanSaysHowToMakeOne() {
        Exception e = assertThrows(Exception.class, () -> console.run("plan show"));
        assertEquals(new Failure(ExitCode.USAGE, "no plan yet: create one with 'plan generate' (see 'help plan generate')"),
                Failure.of(e));
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        console.run(GENERATE);
        for (String format : new String[] {"md", "csv", "ics", "html", "json"}) {
            Path file = home.resolve("plan." + format);
            console.run("plan export --format " + format + " --output " + file);
            assertTrue(Files.size(file) > 1000, format);
        }
    }

    @Test
    void adaptToARedCheckInTakesRunsOut() throws Exception {
        console.run(GENERATE);
        console.run("checkin --date 2026-11-22 --region shin --side left --pain 6 --quality sharp --spread localized "
                + "--onset during --hours-since-run 2 --trend worse --movement worse --swelling");
        String week = console.run("plan adapt --date 2026-12-15");
        assertTrue(week.startsWith("Plan adapted from 2026-12-15 (readiness RED)"), week);
        assertTrue(!week.contains("2026-12-16  wed  easy run"), week);
    }

    @Test
    void oneStrengthDayIsAUsageError() {
        Exception e = assertThrows(Exception.class, () -> console.run(GENERATE.replace("tuesday,friday", "tuesday")));
        assertEquals("--strength-days: 'tuesday' is not allowed; expected two days, e.g. tuesday,friday", Failure.of(e).message());
    }
}
