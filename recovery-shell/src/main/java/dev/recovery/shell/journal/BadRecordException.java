package dev.recovery.shell.journal;

/** A journal line that cannot be turned into a record; the message becomes the quarantine reason. */
final class BadRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadRecordException(String message) {
        super(message, null, false, false);
    }
}
