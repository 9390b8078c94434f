package dev.recovery.shell.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.cli.ExitCode;
import dev.recovery.shell.cli.Failure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanFitExportCommandTest {

    private static final String GENERATE = "plan generate --race-date 2027-04-18 --current-weekly 30mi --peak-weekly 55mi "
            + "--runs-per-week 5 --long-run-day sunday --rest-day monday --strength-days tuesday,friday "
            + "--cross-day wednesday --goal 3:30:00";

    @TempDir
    Path home;
    @TempDir
    Path out;
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
    void fitWritesOneFilePerRunAndSaysHowManyAndWhere() throws Exception {
        console.run(GENERATE);
        Path folder = out.resolve("watch");
        String text = console.run("plan export --format fit --output " + folder);
        long files = count(folder);
        assertTrue(files > 80, files + " files");
        assertTrue(text.startsWith("Wrote " + files + " FIT workout files (one per planned run) to " + folder), text);
        assertTrue(text.contains("2027-04-18-race.fit"), text);
    }

    @Test
    void fitReportsItsFilesAsJson() throws Exception {
        console.run(GENERATE);
        JsonNode json = JsonMapper.builder().build().readTree(console.run("plan export --format fit --output " + out + " --print json"));
        assertEquals("fit", json.get("format").asString());
        assertEquals(out.toString(), json.get("directory").asString());
        assertEquals(count(out), json.get("fileCount").asInt());
        JsonNode last = json.get("files").get(json.get("fileCount").asInt() - 1);
        assertEquals("2027-04-18-race.fit", last.get("file").asString());
        assertEquals("2027-04-18", last.get("date").asString());
        assertTrue(last.get("workout").asString().startsWith("Race"), last.toString());
        assertTrue(last.get("steps").asInt() >= 1, last.toString());
    }

    @Test
    void otherFormatsReportAsJsonToo() throws Exception {
        console.run(GENERATE);
        Path file = out.resolve("plan.md");
        JsonNode json = JsonMapper.builder().build().readTree(console.run("plan export --format md --output " + file + " --print json"));
        assertEquals(file.toString(), json.get("file").asString());
        assertEquals(18, json.get("weeks").asInt());
    }

    @Test
    void fitWithoutAnOutputIsAUsageError() throws Exception {
        console.run(GENERATE);
        Exception e = assertThrows(Exception.class, () -> console.run("plan export --format fit"));
        Failure failure = Failure.of(e);
        assertEquals(ExitCode.USAGE, failure.exitCode());
        assertTrue(failure.message().startsWith("plan export: missing required option --output"), failure.message());
    }

    @Test
    void anOutputThatIsAFileIsRefusedAndLeftAlone() throws Exception {
        console.run(GENERATE);
        Path file = Files.writeString(out.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        Exception e = assertThrows(Exception.class, () -> console.run("plan export --format fit --output " + file));
        assertEquals(new Failure(ExitCode.USAGE, "--output: '" + file + "' is not allowed; expected a folder for the workout "
                + "files (created if missing), not an existing file"), Failure.of(e));
        assertEquals("mine", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(1, count(out));
    }

    @Test
    void withoutAPlanNothingIsWritten() {
        Path folder = out.resolve("watch");
        Exception e = assertThrows(Exception.class, () -> console.run("plan export --format fit --output " + folder));
        assertEquals(new Failure(ExitCode.USAGE, "no plan yet: create one with 'plan generate' (see 'help plan generate')"),
                Failure.of(e));
        assertFalse(Files.exists(folder));
    }

    @Test
    void anUnknownPrintFormatIsRefusedBeforeWriting() throws Exception {
        console.run(GENERATE);
        Path folder = out.resolve("watch");
        Exception e = assertThrows(Exception.class, () -> console.run("plan export --format fit --output " + folder + " --print xml"));
        assertEquals(new Failure(ExitCode.USAGE, "--print: 'xml' is not allowed; expected text or json"), Failure.of(e));
        assertFalse(Files.exists(folder));
    }

    @Test
    void anUnknownFormatNamesFit() throws Exception {
        console.run(GENERATE);
        Exception e = assertThrows(Exception.class, () -> console.run("plan export --format gpx --output " + out.resolve("x")));
        assertEquals(new Failure(ExitCode.USAGE, "--format: 'gpx' is not allowed; expected html, pdf, md, ics, csv, json or fit"),
                Failure.of(e));
    }

    private static long count(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
