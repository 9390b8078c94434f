package dev.recovery.shell.cli;

import java.io.PrintWriter;
import java.util.List;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one command line through Spring Shell's {@link CommandExecutor} and turns whatever happens
 * into an {@link ExitCode}: the result goes to {@code out}, a one-line {@code error: ...} to
 * {@code err}, both flushed before returning (output that is not flushed is lost when a one-shot
 * process exits).
 */
public final class CommandRunner {

    private final CommandCatalog catalog;
    private final RecoveryCommandParser parser;
    private final CommandExecutor executor;
    private final boolean debug = System.getenv("RECOVERY_DEBUG") != null;
    /** With RECOVERY_TIMING set, each command's time inside the process goes to standard error (benchmarks). */
    private final boolean timing = System.getenv("RECOVERY_TIMING") != null;

    /**
     * @param catalog the commands
     * @param parser the parser for command lines
     */
    public CommandRunner(CommandCatalog catalog, RecoveryCommandParser parser) {
        this.catalog = catalog;
        this.parser = parser;
        this.executor = new CommandExecutor(catalog.registry());
    }

    /**
     * @param words the command line split into words
     * @param out where the result goes
     * @param err where an error line goes
     * @param input how a command may ask questions (the REPL's line reader, or none)
     * @return the outcome
     */
    public ExitCode run(List<String> words, PrintWriter out, PrintWriter err, InputReader input) {
        try {
            return execute(parser.parse(words), out, input);
        } catch (Exception | StackOverflowError thrown) {
            Failure failure = Failure.of(thrown);
            report(failure, thrown, err);
            return failure.exitCode();
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * @param line one command line as typed
     * @param out where the result goes
     * @param err where an error line goes
     * @param input how a command may ask questions
     * @return the outcome
     */
    public ExitCode run(String line, PrintWriter out, PrintWriter err, InputReader input) {
        try {
            return run(Tokenizer.split(line), out, err, input);
        } catch (UsageException e) {
            report(Failure.of(e), e, err);
            return ExitCode.USAGE;
        }
    }

    /**
     * Like {@link #run(List, PrintWriter, PrintWriter, InputReader)} but throws instead of
     * printing, for scripts that need to say on which line they stopped.
     *
     * @param line one command line
     * @param out where the result goes
     * @param input how a command may ask questions
     * @throws RuntimeException whatever the parser or the command threw
     */
    public void runOrThrow(String line, PrintWriter out, InputReader input) {
        try {
            ExitCode code = execute(parser.parse(line), out, input);
            if (code != ExitCode.OK) {
                throw new ScriptException(code, "the command reported an error");
            }
        } finally {
            out.flush();
        }
    }

    private ExitCode execute(ParsedInput parsed, PrintWriter out, InputReader input) {
        ExitStatus status;
        long start = System.nanoTime();
        try {
            status = executor.execute(new CommandContext(parsed, catalog.registry(), out, input));
            if (timing) {
                out.flush();
                System.err.printf(java.util.Locale.ROOT, "timing: %s %d%n",
                        (parsed.commandName() + " " + String.join(" ", parsed.subCommands())).strip().replace(' ', '-'),
                        (System.nanoTime() - start) / 1000);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (status.code() == ExitStatus.OK.code()) {
            return ExitCode.OK;
        }
        return status.code() == ExitStatus.USAGE_ERROR.code() ? ExitCode.USAGE : ExitCode.FAILURE;
    }

    /**
     * Prints the one-line error, and the stack trace only when RECOVERY_DEBUG is set.
     *
     * @param failure what went wrong
     * @param thrown the exception, for debugging
     * @param err where to print
     */
    public void report(Failure failure, Throwable thrown, PrintWriter err) {
        err.println("error: " + failure.message());
        if (debug) {
            thrown.printStackTrace(err);
        }
        err.flush();
    }
}
