package dev.recovery.shell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.shell.e2e.ConsoleProcess.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One-shot commands and scripts, run as the packaged console process. */
class OneShotE2E {

    @TempDir
    Path home;

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private static void assertNoStackTrace(Result result) {
        String all = result.out() + result.err();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("Caused by"), all);
    }

    @Test
    void logRunThenHistoryAsJsonExitsZeroWithOnlyJsonOnStandardOutput() throws Exception {
        Result logged = ConsoleProcess.run(home, "log", "run", "--date", "2026-11-20", "--distance", "10km",
                "--duration", "55:00", "--note", "hilly, windy", "--format", "json");
        assertEquals(0, logged.exit(), logged.err());
        assertEquals("", logged.err());
        assertEquals(10.0, json(logged.out()).get("recorded").get("distanceKm").asDouble(), 1e-9);

        Result history = ConsoleProcess.run(home, "history", "--format", "json");
        assertEquals(0, history.exit(), history.err());
        JsonNode run = json(history.out()).get("entries").get(0);
        assertEquals("2026-11-20", run.get("date").asString());
        assertEquals(3300, run.get("durationSeconds").asInt());
        assertEquals("hilly, windy", run.get("note").asString());
    }

    @Test
    void badValueExitsTwoWithOneLineNamingOptionValueAndRange() throws Exception {
        Result result = ConsoleProcess.run(home, "log", "run", "--distance", "10km", "--duration", "55:00", "--rpe", "11");
        assertEquals(2, result.exit());
        assertEquals("error: --rpe: 11 is not allowed; expected a whole number from 1 to 10\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void nonNumberForANumberExitsTwoWithoutStackTrace() throws Exception {
        Result result = ConsoleProcess.run(home, "profile", "set", "--max-hr", "abc");
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("error: --max-hr: abc is not allowed"), result.err());
        assertNoStackTrace(result);
    }

    @Test
    void unknownCommandSuggestsTheNearestAndExitsTwo() throws Exception {
        Result result = ConsoleProcess.run(home, "histroy");
        assertEquals(2, result.exit());
        assertEquals("error: unknown command 'histroy'; did you mean 'history'?\n", result.err());
    }

    @Test
    void unknownOptionExitsTwo() throws Exception {
        Result result = ConsoleProcess.run(home, "log", "run", "--distance", "10km", "--duration", "55:00", "--pase", "5:00");
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("error: log run: unknown option '--pase'"), result.err());
    }

    @Test
    void bareFlagWorksFromTheCommandLine() throws Exception {
        Result result = ConsoleProcess.run(home, "triage", "--region", "shin", "--side", "left", "--pain", "4",
                "--quality", "sharp", "--spread", "localized", "--onset", "during", "--hours-since-run", "2",
                "--trend", "worse", "--movement", "worse", "--swelling", "--format", "json");
        assertEquals(0, result.exit(), result.err());
        JsonNode triage = json(result.out());
        assertEquals("RED", triage.get("level").asString());
        boolean swellingRuleFired = false;
        for (JsonNode reason : triage.get("reasons")) {
            assertFalse(reason.get("source").asString().isBlank(), reason.toString());
            swellingRuleFired |= reason.get("message").asString().toLowerCase(java.util.Locale.ROOT).contains("swelling");
        }
        assertTrue(swellingRuleFired, triage.toString());
    }

    @Test
    void outputToAPipeHasNoColourEvenWithoutNoColor() throws Exception {
        ProcessBuilder builder = ConsoleProcess.builder(home, List.of("triage", "--region", "calf", "--side", "both",
                "--pain", "2", "--quality", "dull", "--spread", "widespread", "--onset", "delayed", "--hours-since-run", "30",
                "--trend", "improving", "--movement", "eases"));
        builder.environment().remove("NO_COLOR");
        builder.environment().put("TERM", "xterm-256color");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        assertTrue(out.startsWith("GREEN"), out);
        assertFalse(out.contains("\u001b"), "no escape codes on a pipe");
    }

    @Test
    void helpListsTheCommandsAndExitsZero() throws Exception {
        Result result = ConsoleProcess.run(home, "help");
        assertEquals(0, result.exit());
        assertTrue(result.out().contains("  log run ") && result.out().contains("  checkin "), result.out());
        assertFalse(Files.exists(home.resolve("journal.jsonl")), "help must not touch the journal");
    }

    @Test
    void scriptRunsEveryLineInOneProcess() throws Exception {
        Path script = home.resolve("week.txt");
        Files.writeString(script, String.join("\n",
                "# week 47",
                "log run --date 2026-11-16 --distance 10km --duration 55:00",
                "",
                "log cross --date 2026-11-17 --activity bike --duration 45:00 --rpe 4",
                "log run --date 2026-11-18 --distance 8km --duration 44:00 --type recovery",
                "history --format json"), StandardCharsets.UTF_8);
        Result result = ConsoleProcess.run(home, "script", script.toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("Recorded cross on 2026-11-17: bike 45:00, RPE 4"), result.out());
        assertTrue(result.out().contains("\"type\" : \"recovery\""), result.out());
    }

    @Test
    void scriptStopsAtTheFirstFailureAndNamesItsLine() throws Exception {
        Path script = home.resolve("bad.txt");
        Files.writeString(script, String.join("\n",
                "log run --date 2026-11-16 --distance 10km --duration 55:00",
                "# the next line is wrong",
                "log run --date 2026-11-17 --distance 10km --duration 55:00 --rpe 12",
                "log run --date 2026-11-18 --distance 10km --duration 55:00"), StandardCharsets.UTF_8);
        Result result = ConsoleProcess.run(home, "script", script.toString());
        assertEquals(2, result.exit());
        assertEquals("error: bad.txt line 3: --rpe: 12 is not allowed; expected a whole number from 1 to 10\n", result.err());
        String history = ConsoleProcess.run(home, "history").out();
        assertTrue(history.contains("2026-11-16") && !history.contains("2026-11-18"), history);
    }

    @Test
    void planGenerateThenPdfExportFromThePackagedConsole() throws Exception {
        Result plan = ConsoleProcess.run(home, "plan", "generate", "--race-date", "2027-04-18", "--current-weekly", "30mi",
                "--peak-weekly", "55mi", "--goal", "3:30:00", "--format", "json");
        assertEquals(0, plan.exit(), plan.err());
        assertEquals(1, json(plan.out()).get("weeks").get(0).get("index").asInt());
        Path pdf = home.resolve("plan.pdf");
        Result export = ConsoleProcess.run(home, "plan", "export", "--format", "pdf", "--output", pdf.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals("", export.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void pipedInputRunsEachLine() throws Exception {
        Result result = ConsoleProcess.runWithInput(home, "log run --date 2026-11-20 --distance 5km --duration 25:00\nhistory\n");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("2026-11-20  run   easy 5.0 km in 25:00 (5:00/km)"), result.out());
    }

    @Test
    void exitEndsPipedInputSuccessfully() throws Exception {
        Result result = ConsoleProcess.runWithInput(home, "history\nexit\nlog run --date 2026-11-20 --distance 5km --duration 25:00\n");
        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.err());
        assertTrue(!result.out().contains("Recorded run"), "nothing after exit runs: " + result.out());
    }

    @Test
    void optionWithoutACommandIsAUsageError() throws Exception {
        Result result = ConsoleProcess.run(home, "-Drecovery.repl=true");
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("error: unknown command '-Drecovery.repl=true'"), result.err());
    }
}
