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
 */
public record CrossEntry(UUID id, Instant recordedAt, CrossTraining cross, Optional<String> sourceId) implements SessionEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public CrossEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("cross", cross, "a cross-training session");
        EntryChecks.sourceId(sourceId);
    }

    /** A new entry for a cross-training session the runner logged, with a fresh id, recorded now. */
    public static CrossEntry of(CrossTraining cross) {
        return new CrossEntry(UUID.randomUUID(), Instant.now(), cross, Optional.empty());
    }

    /** A new entry for a cross-training session imported from another system, where it had the id {@code sourceId}. */
    public static CrossEntry imported(CrossTraining cross, String sourceId) {
        return new CrossEntry(UUID.randomUUID(), Instant.now(), cross, Optional.of(Checks.required("source-id", sourceId, "a source id")));
    }

    @Override
    public CrossTraining session() {
        return cross;
    }
}
