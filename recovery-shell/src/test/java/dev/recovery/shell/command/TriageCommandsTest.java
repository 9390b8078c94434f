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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TriageCommandsTest {

    private static final String ORDINARY_ACHE = "--region calf --side both --pain 2 --quality dull --spread widespread "
            + "--onset delayed --hours-since-run 30 --trend improving --movement eases";

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

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void triageJsonHasLevelActionAndSourcedReasons() throws Exception {
        JsonNode json = json(console.run("triage " + ORDINARY_ACHE + " --format json"));
        assertEquals("GREEN", json.get("level").asString());
        assertTrue(json.get("action").asString().startsWith("Train as planned"));
        JsonNode reason = json.get("reasons").get(0);
        assertEquals("green-ordinary-soreness", reason.get("rule").asString());
        assertEquals("Pain is 2.", reason.get("message").asString());
        assertTrue(reason.get("source").asString().contains("Postma"), reason.toString());
    }

    @Test
    void bareFlagMeansYes() throws Exception {
        assertEquals("RED", json(console.run("triage " + ORDINARY_ACHE + " --swelling --format json")).get("level").asString());
    }

    @Test
    void flagBeforeAnotherOptionIsStillBare() throws Exception {
        String line = "triage --cannot-bear-weight " + ORDINARY_ACHE + " --format json";
        assertEquals("RED", json(console.run(line)).get("level").asString());
    }

    @Test
    void flagGivenAValueIsAUsageError() {
        Exception e = assertThrows(Exception.class, () -> console.run("triage " + ORDINARY_ACHE + " --swelling=maybe"));
        Failure failure = Failure.of(e);
        assertEquals(ExitCode.USAGE, failure.exitCode());
        assertTrue(failure.message().contains("--swelling is a yes/no flag"), failure.message());
    }

    @Test
    void triageRecordsNothing() throws Exception {
        console.run("triage " + ORDINARY_ACHE);
        assertTrue(console.run("history").startsWith("No entries"));
    }

    @Test
    void checkinRecordsThenPrintsTheTriage() throws Exception {
        String text = console.run("checkin " + ORDINARY_ACHE.replace("--pain 2", "--pain 5"));
        assertTrue(text.startsWith("AMBER"), text);
        assertTrue(text.contains("source: "), text);
        assertTrue(console.run("history").contains("check-in  both calf pain 5/10"), console.run("history"));
    }

    @Test
    void missingOptionsOutsideTheReplAreAllNamed() {
        Exception e = assertThrows(Exception.class, () -> console.run("checkin --region calf --pain 3"));
        assertEquals("missing options --side --quality --spread --onset --hours-since-run --trend --movement "
                + "(in the REPL, 'checkin' alone asks for each)", Failure.of(e).message());
    }

    @Test
    void painOutOfRangeNamesTheOption() {
        Exception e = assertThrows(Exception.class, () -> console.run("triage " + ORDINARY_ACHE.replace("--pain 2", "--pain 11")));
        assertTrue(Failure.of(e).message().startsWith("--pain: 11 is not allowed"), Failure.of(e).message());
    }

    @Test
    void unknownRegionListsTheRegions() {
        Exception e = assertThrows(Exception.class, () -> console.run("triage " + ORDINARY_ACHE.replace("calf", "elbow")));
        String message = Failure.of(e).message();
        assertTrue(message.startsWith("--region: ") && message.contains("achilles"), message);
    }
}
