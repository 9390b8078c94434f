package dev.recovery.shell.journal;

import dev.recovery.core.log.CrossTraining;
import dev.recovery.core.unit.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A cross-training session in the journal.
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param cross      the session
 * @param sourceId   the id of the activity it was imported from, if imported
 * @param stamp      its start and distance as the source gave them, if imported (for deduplication)
 */
public record CrossEntry(UUID id, Instant recordedAt, CrossTraining cross, Optional<String> sourceId,
        Optional<ImportStamp> stamp) implements SessionEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public CrossEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("cross", cross, "a cross-training session");
        EntryChecks.sourceId(sourceId);
        Checks.required("stamp", stamp, "an import stamp, or none");
    }

    /** A new entry for a cross-training session the runner logged, with a fresh id, recorded now. */
    public static CrossEntry of(CrossTraining cross) {
        return new CrossEntry(UUID.randomUUID(), Instant.now(), cross, Optional.empty(), Optional.empty());
    }

    /** A new entry for a cross-training session imported from another system, where it had the id {@code sourceId}. */
    public static CrossEntry imported(CrossTraining cross, String sourceId) {
        return new CrossEntry(UUID.randomUUID(), Instant.now(), cross, Optional.of(Checks.required("source-id", sourceId, "a source id")), Optional.empty());
    }

    /**
     * A new entry for a session imported from another system, where it had the id {@code sourceId}
     * and started at {@code stamp.start()}: the stamp lets a later import from another source
     * recognise it.
     */
    public static CrossEntry imported(CrossTraining cross, String sourceId, ImportStamp stamp) {
        return new CrossEntry(UUID.randomUUID(), Instant.now(), cross, Optional.of(Checks.required("source-id", sourceId, "a source id")),
                Optional.of(Checks.required("stamp", stamp, "the import stamp")));
    }

    @Override
    public CrossTraining session() {
        return cross;
    }
}
