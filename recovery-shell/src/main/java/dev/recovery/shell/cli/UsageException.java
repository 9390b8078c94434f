package dev.recovery.shell.cli;

/**
 * A mistake in what the runner typed: an unknown command, an unknown or incomplete option, or a
 * value that is not allowed. Maps to exit status 2. The message names the command or option, the
 * value given and what is allowed.
 */
public class UsageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message names the option, the value given and what is allowed */
    public UsageException(String message) {
        super(message);
    }
}
