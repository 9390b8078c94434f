package dev.recovery.shell.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged console ({@code target/recovery-shell.jar} and its {@code lib/}) as a separate
 * process, the way the launcher does, with a data directory of the test's own.
 */
final class ConsoleProcess {

    /** What a finished process left behind. */
    record Result(int exit, String out, String err) {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("recovery.jar", "target/recovery-shell.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the packaged console is missing: " + jar.toAbsolutePath()
                    + "; run ./mvnw -pl recovery-shell -am verify");
        }
        return jar.toAbsolutePath();
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The java command line that starts the console, without its arguments. */
    static List<String> command() {
        return new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar().toString()));
    }

    static ProcessBuilder builder(Path home, List<String> args) {
        List<String> command = command();
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("RECOVERY_HOME", home.toString());
        builder.environment().put("NO_COLOR", "1");
        builder.environment().remove("RECOVERY_DEBUG");
        return builder;
    }

    /**
     * @param home the data directory
     * @param stdin what to type on standard input (closed afterwards)
     * @param args the command and its options
     * @return exit status and output
     */
    static Result runWithInput(Path home, String stdin, String... args) throws IOException, InterruptedException {
        Process process = builder(home, List.of(args)).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        StreamReader out = new StreamReader(process.getInputStream());
        StreamReader err = new StreamReader(process.getErrorStream());
        out.start();
        err.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the console did not finish within 60 s: " + List.of(args));
        }
        out.join();
        err.join();
        return new Result(process.exitValue(), out.text(), err.text());
    }

    static Result run(Path home, String... args) throws IOException, InterruptedException {
        return runWithInput(home, "", args);
    }

    /** Collects a stream on its own thread, so a full pipe never blocks the process. */
    static final class StreamReader extends Thread {
        private final InputStream stream;
        private final StringBuilder text = new StringBuilder();

        StreamReader(InputStream stream) {
            this.stream = stream;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                byte[] buffer = new byte[8192];
                int read;
                while ((read = stream.read(buffer)) > 0) {
                    synchronized (text) {
                        text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                synchronized (text) {
                    text.append("[stream closed: ").append(e.getMessage()).append(']');
                }
            }
        }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }
    }
}
