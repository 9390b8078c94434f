package dev.recovery.shell.journal;

/**
 * A line of the journal that could not be used and was moved to the quarantine file.
 *
 * @param lineNumber its line number in the journal as it was found (from 1)
 * @param reason     why, in words, e.g. {@code not valid JSON (a write cut short by a crash?)}
 */
public record QuarantinedLine(int lineNumber, String reason) {
}
