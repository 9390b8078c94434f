package dev.recovery.shell.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link JournalChild} in a second JVM with the test class path, and reads its output line by line. */
final class ChildProcess implements AutoCloseable {

    final Process process;
    private final BufferedReader out;

    private ChildProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildProcess start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A quick-starting child: these tests are about files and processes, not peak speed.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(JournalChild.class.getName());
        command.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** The next line the child printed, or {@code null} at the end of its output. */
    String readLine() throws IOException {
        return out.readLine();
    }

    /** Everything the child prints until it exits. */
    List<String> readRest() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) {
            lines.add(line);
        }
        return lines;
    }

    /**
     * Kills the child with SIGKILL (on Linux) and waits for it to die. Through its
     * {@link ProcessHandle}, so that unlike {@link Process#destroyForcibly()} its output pipe stays
     * open and what it printed before dying can still be read.
     */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitForExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child process did not finish within 30 s");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        out.close();
    }
}
