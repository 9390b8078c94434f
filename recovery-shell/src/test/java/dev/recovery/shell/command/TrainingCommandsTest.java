package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.cli.ExitCode;
import dev.recovery.shell.cli.Failure;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** paces, load and readiness: the commands over the library's pace, load and readiness packages. */
class TrainingCommandsTest {

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

    private JsonNode json(String line) throws Exception {
        return JsonMapper.builder().build().readTree(console.run(line));
    }

    private void sixWeeksOfRunning() throws Exception {
        LocalDate day = LocalDate.of(2026, 10, 10);
        for (int i = 0; i < 42; i++, day = day.plusDays(1)) {
            if (i % 7 != 6) {
                console.run("log run --date " + day + " --distance 10km --duration 55:00 --rpe 4");
            }
        }
    }

    @Test
    void pacesFromARaceGiveVdotPredictionsInSecondsAndPacesPerKm() throws Exception {
        JsonNode json = json("paces --race 10k --time 45:30 --format json");
        assertEquals(44.7, json.get("vdot").asDouble(), 0.05);
        assertEquals(2730, json.get("predictions").get("10k").asInt());
        assertTrue(json.get("predictions").get("marathon").asInt() > json.get("predictions").get("half").asInt() * 2);
        assertTrue(json.get("paces").get("easy").get("slowSecondsPerKm").asDouble()
                > json.get("paces").get("threshold").asDouble());
    }

    @Test
    void pacesWithoutRaceOrGoalUseTheProfileGoal() throws Exception {
        console.run("profile set --goal 3:30:00");
        assertEquals(12600, json("paces --format json").get("predictions").get("marathon").asInt());
    }

    @Test
    void pacesRaceWithoutTimeIsAUsageError() {
        Exception e = assertThrows(Exception.class, () -> console.run("paces --race 10k"));
        assertEquals(ExitCode.USAGE, Failure.of(e).exitCode());
    }

    @Test
    void loadJsonHasTheIssuesFields() throws Exception {
        sixWeeksOfRunning();
        JsonNode json = json("load --date 2026-11-20 --format json");
        for (String field : new String[] {"fitness", "fatigue", "form", "formMorning", "monotony", "strain", "flags"}) {
            assertTrue(json.has(field), field + " missing: " + json);
        }
        assertTrue(json.get("acwr").has("rollingCoupled") && json.get("acwr").has("ewma"), json.toString());
        assertEquals(4, json.get("weeklyDistanceKm").size());
        assertEquals(dev.recovery.shell.service.LoadService.FORM_DAYS, json.get("formLast28Days").size());
    }

    @Test
    void loadTextHasABarChartAndASparkline() throws Exception {
        sixWeeksOfRunning();
        String text = console.run("load --date 2026-11-20 --model runalyze");
        assertTrue(text.contains("Weekly volume") && text.contains("60.0 km  #"), text);
        assertTrue(text.contains("Form, last 28 days"), text);
    }

    @Test
    void loadOnAnEmptyJournalStillAnswers() throws Exception {
        assertTrue(console.run("load").startsWith("Load on 2026-11-22"));
    }

    @Test
    void unknownModelListsTheModels() {
        Exception e = assertThrows(Exception.class, () -> console.run("load --model banister"));
        assertTrue(Failure.of(e).message().startsWith("--model: 'banister' is not allowed"), Failure.of(e).message());
    }

    @Test
    void readinessFollowsTheLatestCheckIn() throws Exception {
        console.run("checkin --region calf --side both --pain 6 --quality dull --spread widespread --onset delayed "
                + "--hours-since-run 30 --trend improving --movement eases");
        JsonNode json = json("readiness --format json");
        assertEquals("AMBER", json.get("level").asString());
        assertEquals("2026-11-22", json.get("checkInDate").asString());
    }

    @Test
    void readinessWithoutCheckInSaysSo() throws Exception {
        assertTrue(console.run("readiness --format json").contains("readiness-no-check-in"));
    }
}
