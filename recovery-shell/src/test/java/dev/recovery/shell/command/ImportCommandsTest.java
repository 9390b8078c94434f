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

/** {@code import}: the library's plan recorded in one transaction, idempotent, dry run, bad files. */
class ImportCommandsTest {

    private static final String CSV = "date,distance,duration,type,rpe\n"
            + "2026-11-01,10km,55:00,easy,4\n"
            + "2026-11-02,,45:00,strength,6\n"
            + "2026-11-03T07:15,6.2mi,52:30,tempo,\n"
            + "2026-11-04,,30:00,kayak,\n";

    @TempDir
    Path home;
    @TempDir
    Path files;
    private TestConsole console;

    @BeforeEach
    void start() {
        console = new TestConsole(home);
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content);
    }

    private JsonNode json(String line) throws Exception {
        return JsonMapper.builder().build().readTree(console.run(line));
    }

    private int historyEntries() throws Exception {
        return json("history --from 2026-10-01 --format json").get("entries").size();
    }

    @Test
    void importsACsvAndSkipsUnknownTypes() throws Exception {
        JsonNode result = json("import --file " + write("log.csv", CSV) + " --format json");
        assertEquals(3, result.get("added").asInt());
        assertEquals(1, result.get("skipped").get("kayak").asInt());
        assertEquals(3, historyEntries());
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() throws Exception {
        Path csv = write("log.csv", CSV);
        console.run("import --file " + csv);
        JsonNode again = json("import --file " + csv + " --format json");
        assertEquals(0, again.get("added").asInt());
        assertEquals(3, again.get("duplicates").asInt());
        assertEquals(3, historyEntries());
    }

    @Test
    void theSameRunFromAnotherSourceIsADuplicate() throws Exception {
        // Logged in a spreadsheet with its start time, then recorded by the watch as a GPX: two sources,
        // one run (start within a minute, distance within 3%).
        console.run("import --file " + write("log.csv", "date,distance,duration,type,rpe\n2026-11-01T07:00,10km,55:00,easy,4\n"));
        Path gpx = write("watch.gpx", "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"watch\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type><trkseg>"
                + "<trkpt lat=\"47.0000\" lon=\"8.0000\"><time>2026-11-01T07:00:20Z</time></trkpt>"
                + "<trkpt lat=\"47.0450\" lon=\"8.0000\"><time>2026-11-01T07:27:30Z</time></trkpt>"
                + "<trkpt lat=\"47.0900\" lon=\"8.0000\"><time>2026-11-01T07:55:00Z</time></trkpt>"
                + "</trkseg></trk></gpx>");
        JsonNode result = json("import --file " + gpx + " --format json");
        assertEquals(0, result.get("added").asInt(), result.toString());
        assertEquals(1, result.get("duplicates").asInt(), result.toString());
        assertEquals(1, historyEntries());
    }

    @Test
    void dryRunRecordsNothingAndListsWhatWouldBeAdded() throws Exception {
        String text = console.run("import --file " + write("log.csv", CSV) + " --dry-run");
        assertTrue(text.startsWith("Dry run: nothing was recorded."), text);
        assertTrue(text.contains("would add 2026-11-01 run 10.0 km in 55:00"), text);
        assertEquals(0, historyEntries());
    }

    @Test
    void textSummaryCountsAddedAndSkipped() throws Exception {
        String text = console.run("import --file " + write("log.csv", CSV));
        assertTrue(text.contains("Imported: added 3"), text);
        assertTrue(text.contains("kayak"), text);
    }

    @Test
    void aMissingFileIsAUsageErrorNamingTheOption() {
        Failure failure = Failure.of(assertThrows(Exception.class, () -> console.run("import --file " + files.resolve("nope.zip"))));
        assertEquals(ExitCode.USAGE, failure.exitCode());
        assertTrue(failure.message().startsWith("--file: ") && failure.message().contains("does not exist"), failure.message());
    }

    @Test
    void aBrokenFileImportsNothing() throws Exception {
        Path bad = write("bad.csv", CSV + "2026-11-05,ten,30:00,easy,\n");
        Failure failure = Failure.of(assertThrows(Exception.class, () -> console.run("import --file " + bad)));
        assertEquals(ExitCode.FAILURE, failure.exitCode());
        assertTrue(failure.message().contains("bad.csv") && failure.message().contains("line 6"), failure.message());
        assertTrue(failure.message().endsWith("Nothing was imported."), failure.message());
        assertEquals(0, historyEntries());
    }

    @Test
    void aTruncatedGpxImportsNothingAndNamesTheFile() throws Exception {
        Path gpx = write("run.gpx", "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"test\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg><trkpt lat=\"47.6\" lon=\"-122.3\"><time>2026-11-01T07:00:00Z");
        Failure failure = Failure.of(assertThrows(Exception.class, () -> console.run("import --file " + gpx)));
        assertEquals(ExitCode.FAILURE, failure.exitCode());
        assertTrue(failure.message().contains("run.gpx"), failure.message());
        assertEquals(0, historyEntries());
    }

    private static final String UNTYPED_RIDE = "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"watch\" "
            + "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
            + "<trkpt lat=\"47.0000\" lon=\"8.0000\"><time>2026-11-01T07:00:00Z</time></trkpt>"
            + "<trkpt lat=\"47.1800\" lon=\"8.0000\"><time>2026-11-01T07:48:00Z</time></trkpt>"
            + "<trkpt lat=\"47.3600\" lon=\"8.0000\"><time>2026-11-01T08:36:00Z</time></trkpt>"
            + "</trkseg></trk></gpx>";

    @Test
    void jsonNamesItsListActivitiesInADryRunToo() throws Exception {
        JsonNode dry = json("import --file " + write("log.csv", CSV) + " --dry-run --format json");
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals(3, dry.get("activities").size(), dry.toString());
        assertTrue(dry.get("wouldAdd") == null, dry.toString());
        JsonNode real = json("import --file " + write("log2.csv", CSV) + " --format json");
        assertEquals(3, real.get("activities").size(), real.toString());
    }

    @Test
    void anUntypedFastTrackIsARideAndTheImportSaysSo() throws Exception {
        JsonNode result = json("import --file " + write("ride.gpx", UNTYPED_RIDE) + " --format json");
        assertEquals("bike", result.get("activities").get(0).get("kind").asText(), result.toString());
        assertTrue(result.get("notices").get(0).get("message").asText().contains("taken as a ride"), result.toString());
    }

    @Test
    void theTextReportShowsWhatWasAssumed() throws Exception {
        String text = console.run("import --file " + write("ride.gpx", UNTYPED_RIDE) + " --dry-run");
        assertTrue(text.contains("note: ") && text.contains("taken as a ride"), text);
    }

    @Test
    void asOverridesTheTypeOfOneFile() throws Exception {
        JsonNode result = json("import --file " + write("ride.gpx", UNTYPED_RIDE) + " --as walk --format json");
        assertEquals("walk", result.get("activities").get(0).get("kind").asText(), result.toString());
        assertEquals(0, result.get("notices").size(), result.toString());
    }

    @Test
    void asWithAnotherValueIsAUsageErrorNamingTheOption() throws Exception {
        Path gpx = write("ride.gpx", UNTYPED_RIDE);
        Failure failure = Failure.of(assertThrows(Exception.class, () -> console.run("import --file " + gpx + " --as swim")));
        assertEquals(ExitCode.USAGE, failure.exitCode());
        assertTrue(failure.message().contains("--as") && failure.message().contains("'swim'")
                && failure.message().contains("run, bike or walk"), failure.message());
        assertEquals(0, historyEntries());
    }

    @Test
    void asOnAnExportThatStatesTypesIsAUsageError() throws Exception {
        Path csv = write("log.csv", CSV);
        Failure failure = Failure.of(assertThrows(Exception.class, () -> console.run("import --file " + csv + " --as run")));
        assertEquals(ExitCode.USAGE, failure.exitCode());
        assertTrue(failure.message().startsWith("--as: applies to a single .gpx or .tcx file"), failure.message());
        assertEquals(0, historyEntries());
    }
}
