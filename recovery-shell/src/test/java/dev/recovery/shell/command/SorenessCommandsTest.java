package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.cli.ExitCode;
import dev.recovery.shell.cli.Failure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code checkin} over days, {@code clear}, {@code soreness}, and the episode fields of
 * {@code readiness}, {@code triage} and {@code recover}: the issue's session and bad input.
 */
class SorenessCommandsTest {

    /** The console's "now" for these tests: the morning of 2026-12-03. */
    private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");

    private static final String SHIN_AT_REST = "checkin --date 2026-11-30 --region shin --side left --pain 5 --quality sharp "
            + "--spread localized --onset during --hours-since-run 20 --trend worse --movement worse --at-rest";
    private static final String CALF_ACHE = "checkin --date 2026-12-01 --region calf --side both --pain 2 --quality dull "
            + "--spread widespread --onset delayed --hours-since-run 30 --trend improving --movement eases";
    private static final String SHIN_PAIN_FREE = "checkin --date 2026-12-02 --region shin --side left --pain 0 --quality dull "
            + "--spread widespread --onset delayed --hours-since-run 40 --trend improving --movement eases";

    @TempDir
    Path home;
    private TestConsole console;

    @BeforeEach
    void start() {
        console = new TestConsole(home, NOW);
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private JsonNode json(String line) throws Exception {
        return JsonMapper.builder().build().readTree(console.run(line));
    }

    private String refused(String line) {
        Exception e = assertThrows(Exception.class, () -> console.run(line));
        Failure failure = Failure.of(e);
        assertEquals(ExitCode.USAGE, failure.exitCode(), failure.message());
        return failure.message();
    }

    private long journalLines() throws Exception {
        Path journal;
        try (var files = Files.list(home)) {
            journal = files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).findFirst().orElse(null);
        }
        return journal == null ? 0 : Files.readAllLines(journal).size();
    }

    @Test
    void theIssuesSessionEndsRedOnTheFirstOfDecember() throws Exception {
        console.run(SHIN_AT_REST);
        console.run(CALF_ACHE);
        JsonNode json = json("readiness --date 2026-12-01 --format json");
        assertEquals("RED", json.get("level").asString());
        assertEquals("soon", json.get("urgency").asString());
    }

    @Test
    void redStaysRedUnderAPainFreeCheckInUntilCleared() throws Exception {
        console.run(SHIN_AT_REST);
        console.run(CALF_ACHE);
        console.run(SHIN_PAIN_FREE);
        assertEquals("RED", json("readiness --date 2026-12-02 --format json").get("level").asString());
        assertEquals("RED", json("readiness --date 2026-12-03 --format json").get("level").asString());
    }

    @Test
    void afterClearReadinessShowsTheFirstReturnToRunStep() throws Exception {
        console.run(SHIN_AT_REST);
        console.run(CALF_ACHE);
        console.run("clear --region shin --side left --note \"PT: start the walk-run steps\"");
        JsonNode json = json("readiness --format json");
        assertEquals("AMBER", json.get("level").asString());
        JsonNode rtr = json.get("returnToRun");
        assertEquals(0, rtr.get("step").asInt());
        assertEquals(7, rtr.get("of").asInt());
        assertTrue(rtr.get("nextStep").asString().startsWith("run 1 min, walk 4 min, 6 times"), rtr.toString());
        assertTrue(rtr.get("today").asString().contains("brisk walking"), rtr.toString());
    }

    @Test
    void readinessEpisodesHaveTheIssuesFields() throws Exception {
        console.run(SHIN_AT_REST);
        JsonNode shin = json("readiness --date 2026-12-01 --format json").get("episodes").get(0);
        assertEquals("shin", shin.get("region").asString());
        assertEquals("left", shin.get("side").asString());
        assertEquals("RED", shin.get("level").asString());
        assertEquals("open", shin.get("status").asString());
        assertEquals("2026-11-30", shin.get("opened").asString());
        assertEquals("2026-11-30", shin.get("lastCheckIn").asString());
        assertFalse(shin.get("recheckDue").asBoolean());
    }

    @Test
    void readinessWithoutAnyEpisodeHasNoReturnToRun() throws Exception {
        JsonNode json = json("readiness --format json");
        assertTrue(json.get("returnToRun").isNull(), json.toString());
        assertEquals(0, json.get("episodes").size());
    }

    @Test
    void anAmberNotRecheckedWithin24HoursIsDue() throws Exception {
        console.run("checkin --date 2026-12-01 --region calf --side left --pain 5 --quality dull --spread widespread "
                + "--onset delayed --hours-since-run 30 --trend improving --movement eases");
        JsonNode calf = json("readiness --date 2026-12-03 --format json").get("episodes").get(0);
        assertEquals("AMBER", calf.get("level").asString());
        assertTrue(calf.get("recheckDue").asBoolean(), calf.toString());
    }

    @Test
    void clearingARegionWithoutAnOpenRedIsRefusedAndRecordsNothing() throws Exception {
        console.run(CALF_ACHE);
        long before = journalLines();
        String message = refused("clear --region calf");
        assertTrue(message.startsWith("--region: 'calf' is not allowed; expected a region with an open RED episode"), message);
        assertEquals(before, journalLines());
    }

    @Test
    void aClearanceDatedBeforeTheRedIsRefused() throws Exception {
        console.run(SHIN_AT_REST);
        long before = journalLines();
        String message = refused("clear --region shin --side left --date 2026-11-29");
        assertTrue(message.startsWith("--date: 2026-11-29 is not allowed; expected a day on or after the RED began"), message);
        assertEquals(before, journalLines());
    }

    @Test
    void aClearanceInTheFutureIsRefused() throws Exception {
        console.run(SHIN_AT_REST);
        String message = refused("clear --region shin --side left --date 2026-12-04");
        assertTrue(message.startsWith("--date: 2026-12-04 is not allowed; expected today (2026-12-03) or earlier"), message);
    }

    @Test
    void painDuringRunOfElevenIsRefusedAndRecordsNothing() throws Exception {
        String message = refused(CALF_ACHE + " --pain-during-run 11");
        assertEquals("--pain-during-run: 11 is not allowed; expected a whole number from 0 to 10", message);
        assertEquals(0, journalLines());
    }

    @Test
    void aCheckInDatedInTheFutureIsRefusedAndRecordsNothing() throws Exception {
        String message = refused(CALF_ACHE.replace("2026-12-01", "2026-12-04"));
        assertEquals("--date: 2026-12-04 is not allowed; expected today (2026-12-03) or earlier", message);
        assertEquals(0, journalLines());
    }

    @Test
    void painDuringTheRunIsRecordedWithTheCheckIn() throws Exception {
        console.run(CALF_ACHE + " --pain-during-run 4 --worse-next-morning");
        JsonNode entry = json("history --format json").get("entries").get(0);
        assertEquals(4, entry.get("painDuringRun").asInt(), entry.toString());
        assertTrue(entry.get("symptoms").toString().contains("worse-next-morning"), entry.toString());
    }

    @Test
    void theNewFlagsAreBareYesNoOptions() throws Exception {
        JsonNode json = json("triage --region shin --side left --pain 3 --quality dull --spread localized --onset during "
                + "--hours-since-run 2 --trend unchanged --movement unchanged --sudden --stopped-run --altered-gait "
                + "--bone-tender --hop-pain --format json");
        assertEquals("RED", json.get("level").asString());
    }

    @Test
    void triageJsonHasAnUrgencyForRed() throws Exception {
        JsonNode json = json("triage --region calf --side both --pain 2 --quality dull --spread widespread --onset delayed "
                + "--hours-since-run 30 --trend improving --movement eases --at-rest --format json");
        assertEquals("soon", json.get("urgency").asString());
    }

    @Test
    void triageJsonHasNoUrgencyForGreen() throws Exception {
        JsonNode json = json("triage --region calf --side both --pain 2 --quality dull --spread widespread --onset delayed "
                + "--hours-since-run 30 --trend improving --movement eases --format json");
        assertTrue(json.get("urgency").isNull(), json.toString());
    }

    @Test
    void undoingAClearanceMakesTheRegionRedAgain() throws Exception {
        console.run(SHIN_AT_REST);
        console.run("clear --region shin --side left");
        console.run("undo");
        assertEquals("RED", json("readiness --format json").get("level").asString());
    }

    @Test
    void sorenessJsonListsEveryEpisodeWithItsCourse() throws Exception {
        console.run(SHIN_AT_REST);
        console.run(CALF_ACHE);
        console.run("clear --region shin --side left");
        JsonNode json = json("soreness --format json");
        assertEquals(3, json.get("episodes").size(), json.toString());
        JsonNode shin = json.get("episodes").get(0);
        assertEquals("cleared", shin.get("status").asString());
        assertEquals(2, shin.get("course").size(), shin.toString());
        assertEquals("episode-cleared", shin.get("course").get(1).get("rule").asString());
        assertEquals(5, shin.get("checkIns").get(0).get("pain").asInt());
    }

    @Test
    void sorenessDaysLimitsTheEpisodesShown() throws Exception {
        console.run("checkin --date 2026-11-01 --region calf --side left --pain 0 --quality dull --spread widespread "
                + "--onset delayed --hours-since-run 30 --trend improving --movement eases");
        console.run(CALF_ACHE);
        assertEquals(2, json("soreness --days 7 --format json").get("episodes").size());
    }

    @Test
    void sorenessTextDrawsAnAsciiPainTimelineWithoutUnicode() throws Exception {
        console.run(SHIN_AT_REST);
        console.run(SHIN_PAIN_FREE);
        String text = console.run("soreness --days 7");
        assertTrue(text.contains("shin (left)  |   5 0 |  RED open"), text);
        assertTrue(text.contains("digits: pain 0-9"), text);
    }

    @Test
    void sorenessDaysOutOfRangeNamesTheOption() {
        String message = refused("soreness --days 0");
        assertTrue(message.startsWith("--days: 0 is not allowed"), message);
    }

    @Test
    void recoverRespectsAnOpenRedFromAnEarlierDay() throws Exception {
        console.run(SHIN_AT_REST);
        JsonNode json = json("recover --date 2026-12-02 --format json");
        assertEquals("RED", json.get("worst").asString(), json.toString());
        assertTrue(json.toString().contains("red-stop-see-professional"), json.toString());
    }

    @Test
    void painFreeEntryAnswersStartTheFirstWalkRunStep() throws Exception {
        console.run(SHIN_AT_REST);
        console.run("clear --region shin --side left");
        JsonNode json = json("return-to-run --region shin --side left --walk-pain 0 --squat-pain 1 --hop-pain 2 --format json");
        assertTrue(json.get("passed").asBoolean());
        assertEquals(1, json.get("returnToRun").get("step").asInt(), json.toString());
        assertEquals("return-to-run", json("readiness --format json").get("episodes").get(0).get("status").asString());
    }

    @Test
    void aPainfulEntryAnswerKeepsTheStepAtZero() throws Exception {
        console.run(SHIN_AT_REST);
        console.run("clear --region shin --side left");
        JsonNode json = json("return-to-run --region shin --side left --walk-pain 0 --squat-pain 3 --hop-pain 0 --format json");
        assertFalse(json.get("passed").asBoolean());
        assertEquals(0, json.get("returnToRun").get("step").asInt(), json.toString());
    }

    @Test
    void entryAnswersWithoutAClearanceAreRefusedAndRecordNothing() throws Exception {
        console.run(SHIN_AT_REST);
        long before = journalLines();
        String message = refused("return-to-run --region shin --side left --walk-pain 0 --squat-pain 0 --hop-pain 0");
        assertTrue(message.startsWith("--region: 'shin' is not allowed; expected a region cleared"), message);
        assertEquals(before, journalLines());
    }

    @Test
    void aPainFreeStepWithItsMorningMovesToTheNextStep() throws Exception {
        console.close();
        console = new TestConsole(home, Instant.parse("2026-12-06T07:00:00Z"));
        console.run(SHIN_AT_REST);
        console.run("clear --region shin --side left --date 2026-12-03");
        console.run("return-to-run --region shin --side left --walk-pain 0 --squat-pain 0 --hop-pain 0 --date 2026-12-03");
        console.run("checkin --date 2026-12-04 --region shin --side left --pain 0 --quality dull --spread widespread "
                + "--onset delayed --hours-since-run 2 --trend improving --movement eases --pain-during-run 1");
        JsonNode rtr = json("readiness --format json").get("returnToRun");
        assertEquals(2, rtr.get("step").asInt(), rtr.toString());
    }
}
