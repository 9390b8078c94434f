package dev.recovery.shell.journal;

/**
 * The journal could not be read or written (a disk error, a full disk, missing permissions). The
 * message says what failed and on which file; when an append throws this, the entry was not
 * recorded and the command must not report success.
 */
public class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with {@code message}, caused by {@code cause} (may be {@code null}). */
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
