package dev.recovery.shell.cli;

/** The process exit status of a one-shot command or a script, as documented in docs/console.md. */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** Any failure that is not the user's typing: a locked or unreadable journal, a disk error. */
    FAILURE(1),
    /** A usage error: unknown command, unknown or incomplete option, a value that is not allowed. */
    USAGE(2);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    /** @return the numeric status handed to the operating system */
    public int status() {
        return status;
    }
}
