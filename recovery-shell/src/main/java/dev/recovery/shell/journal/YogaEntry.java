package dev.recovery.shell.journal;

import dev.recovery.core.log.YogaSession;
import dev.recovery.core.unit.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A yoga session in the journal.
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param yoga       the session
 * @param sourceId   the id of the activity it was imported from, if imported
 * @param stamp      its start and distance as the source gave them, if imported (for deduplication)
 */
public record YogaEntry(UUID id, Instant recordedAt, YogaSession yoga, Optional<String> sourceId,
        Optional<ImportStamp> stamp) implements SessionEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public YogaEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("yoga", yoga, "a yoga session");
        EntryChecks.sourceId(sourceId);
        Checks.required("stamp", stamp, "an import stamp, or none");
    }

    /** A new entry for a yoga session the runner logged, with a fresh id, recorded now. */
    public static YogaEntry of(YogaSession yoga) {
        return new YogaEntry(UUID.randomUUID(), Instant.now(), yoga, Optional.empty(), Optional.empty());
    }

    /** A new entry for a yoga session imported from another system, where it had the id {@code sourceId}. */
    public static YogaEntry imported(YogaSession yoga, String sourceId) {
        return new YogaEntry(UUID.randomUUID(), Instant.now(), yoga, Optional.of(Checks.required("source-id", sourceId, "a source id")), Optional.empty());
    }

    /**
     * A new entry for a session imported from another system, where it had the id {@code sourceId}
     * and started at {@code stamp.start()}: the stamp lets a later import from another source
     * recognise it.
     */
    public static YogaEntry imported(YogaSession yoga, String sourceId, ImportStamp stamp) {
        return new YogaEntry(UUID.randomUUID(), Instant.now(), yoga, Optional.of(Checks.required("source-id", sourceId, "a source id")),
                Optional.of(Checks.required("stamp", stamp, "the import stamp")));
    }

    @Override
    public YogaSession session() {
        return yoga;
    }
}
