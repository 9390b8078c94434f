package dev.recovery.shell.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recovery.shell.e2e.ConsoleProcess.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL on a real pseudo-terminal, driven through tmux (installed by .ci/run), and two consoles
 * on one data directory.
 */
class InteractiveE2E {

    @TempDir
    Path home;
    @TempDir
    Path workingDirectory;
    private final String session = "recovery-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private boolean tmuxStarted;

    @AfterEach
    void killSession() throws Exception {
        if (tmuxStarted) {
            tmux("kill-session", "-t", session);
        }
    }

    private static boolean tmuxAvailable() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("tmux");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session);
    }

    private String waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 30 s for '" + text + "'; screen:\n" + screen);
    }

    private void type(String keys) throws Exception {
        tmux("send-keys", "-t", session, "-l", keys);
    }

    private void enter() throws Exception {
        tmux("send-keys", "-t", session, "Enter");
    }

    private void startRepl() throws Exception {
        startRepl("xterm");
    }

    private void startRepl(String term) throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed (the CI installs it: apt-get install -y tmux)");
        String command = "cd '" + workingDirectory + "' && RECOVERY_HOME='" + home + "' NO_COLOR=1 TERM=" + term + " "
                + String.join(" ", ConsoleProcess.command().stream().map(a -> "'" + a + "'").toList());
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", command);
        tmuxStarted = true;
        waitFor("recovery> ");
    }

    @Test
    void replLogsCompletesAndKeepsHistoryInTheDataDirectory() throws Exception {
        startRepl();
        type("log run --date 2026-11-20 --distance 10km --duration 55:00 --type tempo");
        enter();
        waitFor("Recorded run on 2026-11-20: tempo 10.0 km in 55:00 (5:30/km)");
        type("hist");
        tmux("send-keys", "-t", session, "Tab");
        waitFor("recovery> history");
        enter();
        waitFor("2026-11-20  run   tempo 10.0 km");
        type("undo --format yaml");
        enter();
        waitFor("error: --format: 'yaml' is not allowed; expected text or json");
        type("exit");
        enter();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(home.resolve("history")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.readString(home.resolve("history")).contains("log run --date 2026-11-20"));
        try (var files = Files.list(workingDirectory)) {
            assertEquals(0, files.count(), "nothing may be written to the current directory");
        }
    }

    @Test
    void checkinWithoutOptionsAsksWithSpringShellComponents() throws Exception {
        startRepl();
        type("checkin");
        enter();
        waitFor("Where does it hurt? [Use arrows to move]");
        String[][] answers = {{"Where does it hurt?", "calf"}, {"Which side?", "both"}, {"How much does it hurt", "11"},
            {"is not allowed; expected a whole number from 0 to 10", "2"}, {"What does it feel like?", "dull"},
            {"one spot?", "widespread"}, {"When did it start", "delayed"}, {"How many hours", "30"},
            {"Since it started", "improving"}, {"With light movement", "eases"}};
        for (String[] answer : answers) {
            waitFor(answer[0]);
            type(answer[1]);
            enter();
        }
        waitFor("Does it hurt at rest?");
        for (int i = 0; i < 8; i++) {
            enter();
            Thread.sleep(150);
        }
        String screen = waitFor("Check-in recorded.");
        assertTrue(screen.contains("? Where does it hurt? calf") && screen.contains("GREEN"), screen);
    }

    @Test
    void checkinOnADumbTerminalAsksPlainLines() throws Exception {
        startRepl("dumb");
        type("checkin");
        enter();
        String[][] answers = {{"Where does it hurt? (foot, ankle", "calf"}, {"Which side?", "both"},
            {"How much does it hurt", "2"}, {"What does it feel like?", "dull"}, {"one spot?", "widespread"},
            {"When did it start", "delayed"}, {"How many hours", "30"}, {"Since it started", "improving"},
            {"With light movement", "eases"}};
        for (String[] answer : answers) {
            waitFor(answer[0]);
            type(answer[1]);
            enter();
        }
        waitFor("Does it hurt at rest? [y/N]");
        type("maybe");
        enter();
        waitFor("please answer y or n");
        for (int i = 0; i < 8; i++) {
            enter();
        }
        String screen = waitFor("Check-in recorded.");
        assertTrue(screen.contains("GREEN"), screen);
    }

    @Test
    void secondConsoleOnTheSameDataIsRefusedWithAClearMessage() throws Exception {
        Process first = ConsoleProcess.builder(home, List.of()).start();
        try {
            OutputStream stdin = first.getOutputStream();
            ConsoleProcess.StreamReader out = new ConsoleProcess.StreamReader(first.getInputStream());
            out.start();
            stdin.write("log run --date 2026-11-20 --distance 5km --duration 25:00\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!out.text().contains("Recorded run") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(out.text().contains("Recorded run"), out.text());

            Result second = ConsoleProcess.run(home, "history");
            assertEquals(1, second.exit());
            assertTrue(second.err().startsWith("error: another recovery console is using " + home), second.err());
            assertFalse(second.err().contains("\tat "), second.err());
            stdin.close();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, first.exitValue());
        } finally {
            first.destroyForcibly();
        }
        assertEquals(0, ConsoleProcess.run(home, "history").exit(), "the lock is released when the first console exits");
    }
}
