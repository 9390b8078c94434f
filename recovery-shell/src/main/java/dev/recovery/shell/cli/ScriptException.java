package dev.recovery.shell.cli;

/**
 * A script stopped at a failing line. Carries the failing line's exit status so that a script
 * stopped by a usage error still exits with 2.
 */
public class ScriptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    /**
     * @param exitCode the failing line's status
     * @param message where it stopped and why, e.g. {@code script.txt line 3: ...}
     */
    public ScriptException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** @return the failing line's status */
    public ExitCode exitCode() {
        return exitCode;
    }
}
