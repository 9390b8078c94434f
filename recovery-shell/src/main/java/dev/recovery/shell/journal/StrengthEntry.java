package dev.recovery.shell.journal;

import dev.recovery.core.log.StrengthSession;
import dev.recovery.core.unit.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A strength session in the journal.
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param strength   the session
 * @param sourceId   the id of the activity it was imported from, if imported
 * @param stamp      its start and distance as the source gave them, if imported (for deduplication)
 */
public record StrengthEntry(UUID id, Instant recordedAt, StrengthSession strength, Optional<String> sourceId,
        Optional<ImportStamp> stamp) implements SessionEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public StrengthEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("strength", strength, "a strength session");
        EntryChecks.sourceId(sourceId);
        Checks.required("stamp", stamp, "an import stamp, or none");
    }

    /** A new entry for a strength session the runner logged, with a fresh id, recorded now. */
    public static StrengthEntry of(StrengthSession strength) {
        return new StrengthEntry(UUID.randomUUID(), Instant.now(), strength, Optional.empty(), Optional.empty());
    }

    /** A new entry for a strength session imported from another system, where it had the id {@code sourceId}. */
    public static StrengthEntry imported(StrengthSession strength, String sourceId) {
        return new StrengthEntry(UUID.randomUUID(), Instant.now(), strength, Optional.of(Checks.required("source-id", sourceId, "a source id")), Optional.empty());
    }

    /**
     * A new entry for a session imported from another system, where it had the id {@code sourceId}
     * and started at {@code stamp.start()}: the stamp lets a later import from another source
     * recognise it.
     */
    public static StrengthEntry imported(StrengthSession strength, String sourceId, ImportStamp stamp) {
        return new StrengthEntry(UUID.randomUUID(), Instant.now(), strength, Optional.of(Checks.required("source-id", sourceId, "a source id")),
                Optional.of(Checks.required("stamp", stamp, "the import stamp")));
    }

    @Override
    public StrengthSession session() {
        return strength;
    }
}
