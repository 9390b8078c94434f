package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records that an earlier entry was undone. The undone entry stays on disk (nothing is silently
 * destroyed) but no longer counts: it is left out of {@link Journal#entries()}. Written by
 * {@link Journal#undo()}.
 *
 * @param id         this entry's unique id
 * @param recordedAt when the undo happened
 * @param undoneId   the id of the entry undone
 */
public record UndoEntry(UUID id, Instant recordedAt, UUID undoneId) implements JournalEntry {

    /** @throws IllegalArgumentException naming the first missing field */
    public UndoEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("undone-id", undoneId, "the id of the entry undone");
    }

    /**
     * @param undoneId the id of the entry to undo
     * @param clock    gives the instant the undo happens
     * @return a new entry undoing the entry {@code undoneId}, with a fresh id
     */
    public static UndoEntry of(UUID undoneId, Clock clock) {
        return new UndoEntry(UUID.randomUUID(), clock.instant(), undoneId);
    }
}
