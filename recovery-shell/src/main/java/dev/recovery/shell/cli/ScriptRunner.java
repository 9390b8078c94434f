package dev.recovery.shell.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.shell.core.InputReader;

/**
 * Runs a file of commands, one per line, in one process. Blank lines and lines starting with
 * {@code #} are skipped. Stops at the first failing line and says which one it was.
 */
public final class ScriptRunner {

    private final CommandRunner runner;

    /** @param runner runs each line */
    public ScriptRunner(CommandRunner runner) {
        this.runner = runner;
    }

    /**
     * @param lines the script's text
     * @param label how to name the script in an error, e.g. its file name
     * @param out where results go
     * @param input how a command may ask questions
     * @return how many commands ran
     * @throws ScriptException naming the failing line number, with that line's exit status
     */
    public int run(BufferedReader lines, String label, PrintWriter out, InputReader input) {
        int lineNumber = 0;
        int commands = 0;
        String line;
        try {
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                String command = line.strip();
                if (command.isEmpty() || command.startsWith("#")) {
                    continue;
                }
                if (Repl.isExit(command)) {
                    break;
                }
                try {
                    runner.runOrThrow(command, out, input);
                    commands++;
                } catch (RuntimeException e) {
                    Failure failure = Failure.of(e);
                    throw new ScriptException(failure.exitCode(),
                            label + " line " + lineNumber + ": " + failure.message());
                }
            }
        } catch (IOException e) {
            throw new ScriptException(ExitCode.FAILURE, label + " line " + (lineNumber + 1) + ": cannot read: " + e.getMessage());
        }
        return commands;
    }
}
