package dev.recovery.shell.journal;

import java.util.UUID;

/**
 * What one journal line holds: an entry (possibly inside a transaction), or a transaction's begin or
 * commit marker.
 *
 * @param kind  which of the three
 * @param entry the entry, for {@link Kind#ENTRY}; else {@code null}
 * @param tx    the transaction id, or {@code null} for an entry outside any transaction
 * @param count the number of entries a begin or commit marker announces
 */
record DecodedLine(Kind kind, JournalEntry entry, UUID tx, int count) {

    /** What a line holds. */
    enum Kind {
        ENTRY, BEGIN, COMMIT
    }

    static DecodedLine entry(JournalEntry entry, UUID tx) {
        return new DecodedLine(Kind.ENTRY, entry, tx, 0);
    }
}
