package dev.recovery.shell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.e2e.ConsoleProcess.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plan export --format fit} from the packaged console: the files, the JSON report, the exit codes. */
class WatchExportE2E {

    @TempDir
    Path home;

    @Test
    void fitExportWritesTheWorkoutsAndReportsThemAsJsonOnlyOnStandardOutput() throws Exception {
        Result plan = ConsoleProcess.run(home, "plan", "generate", "--race-date", "2027-04-18", "--current-weekly", "30mi",
                "--peak-weekly", "55mi", "--goal", "3:30:00");
        assertEquals(0, plan.exit(), plan.err());
        Path folder = home.resolve("watch");
        Result export = ConsoleProcess.run(home, "plan", "export", "--format", "fit", "--output", folder.toString(), "--print", "json");
        assertEquals(0, export.exit(), export.err());
        assertEquals("", export.err());
        JsonNode json = JsonMapper.builder().build().readTree(export.out());
        long files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".fit")).count();
        }
        assertEquals(files, json.get("fileCount").asLong());
        assertTrue(files > 50, files + " files");
        byte[] race = Files.readAllBytes(folder.resolve("2027-04-18-race.fit"));
        assertEquals(".FIT", new String(race, 8, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void anOutputThatIsAFileExitsTwoWithOneLineAndLeavesItAlone() throws Exception {
        Result plan = ConsoleProcess.run(home, "plan", "generate", "--race-date", "2027-04-18", "--current-weekly", "30mi",
                "--peak-weekly", "55mi", "--goal", "3:30:00");
        assertEquals(0, plan.exit(), plan.err());
        Path file = Files.writeString(home.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        Result export = ConsoleProcess.run(home, "plan", "export", "--format", "fit", "--output", file.toString());
        assertEquals(2, export.exit());
        assertEquals("error: --output: '" + file + "' is not allowed; expected a folder for the workout files (created if "
                + "missing), not an existing file\n", export.err());
        assertEquals("", export.out());
        assertEquals("mine", Files.readString(file, StandardCharsets.UTF_8));
        assertFalse((export.out() + export.err()).contains("Exception"));
    }
}
