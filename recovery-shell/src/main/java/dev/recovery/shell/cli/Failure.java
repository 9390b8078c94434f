package dev.recovery.shell.cli;

import java.util.Objects;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandNotFoundException;

/**
 * What went wrong, reduced to one line for the runner and an exit status. No stack trace ever
 * reaches the user; set {@code RECOVERY_DEBUG=1} to have it printed to standard error as well.
 *
 * @param exitCode the status to exit with
 * @param message one line saying what is wrong and, for bad input, what is allowed
 */
public record Failure(ExitCode exitCode, String message) {

    /** Compact constructor: both parts are required. */
    public Failure {
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Classifies an exception: bad input ({@link IllegalArgumentException} anywhere in the cause
     * chain, which is what the library throws for a value that is not allowed) is a usage error,
     * anything else a failure.
     *
     * @param thrown what a command or the parser threw
     * @return its one-line description and exit status
     */
    public static Failure of(Throwable thrown) {
        if (thrown instanceof CommandNotFoundException notFound) {
            return new Failure(ExitCode.USAGE, "unknown command '" + notFound.getCommandName() + "'");
        }
        if (thrown instanceof ScriptException script) {
            return new Failure(script.exitCode(), script.getMessage());
        }
        Throwable current = thrown;
        while (current != null) {
            if (current instanceof ScriptException script) {
                return new Failure(script.exitCode(), script.getMessage());
            }
            if (current instanceof ConversionFailedException conversion) {
                return new Failure(ExitCode.USAGE, "'" + conversion.getValue() + "' is not a valid "
                        + conversion.getTargetType().getType().getSimpleName().toLowerCase(java.util.Locale.ROOT));
            }
            if (current instanceof IllegalArgumentException) {
                return new Failure(ExitCode.USAGE, text(current));
            }
            if (current.getCause() == null || current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        Throwable root = thrown instanceof CommandExecutionException && thrown.getCause() != null ? root(thrown) : thrown;
        return new Failure(ExitCode.FAILURE, text(root));
    }

    private static Throwable root(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static String text(Throwable thrown) {
        String message = thrown.getMessage();
        if (message == null || message.isBlank()) {
            return thrown.getClass().getSimpleName();
        }
        return message.strip().replace('\n', ' ');
    }
}
