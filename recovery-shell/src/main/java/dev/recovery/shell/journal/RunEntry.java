package dev.recovery.shell.journal;

import dev.recovery.core.log.Run;
import dev.recovery.core.unit.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A run in the journal.
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param run        the session
 * @param sourceId   the id of the activity it was imported from, if imported
 * @param stamp      its start and distance as the source gave them, if imported (for deduplication)
 */
public record RunEntry(UUID id, Instant recordedAt, Run run, Optional<String> sourceId,
        Optional<ImportStamp> stamp) implements SessionEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public RunEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("run", run, "a run");
        EntryChecks.sourceId(sourceId);
        Checks.required("stamp", stamp, "an import stamp, or none");
    }

    /** A new entry for a run the runner logged, with a fresh id, recorded now. */
    public static RunEntry of(Run run) {
        return new RunEntry(UUID.randomUUID(), Instant.now(), run, Optional.empty(), Optional.empty());
    }

    /** A new entry for a run imported from another system, where it had the id {@code sourceId}. */
    public static RunEntry imported(Run run, String sourceId) {
        return new RunEntry(UUID.randomUUID(), Instant.now(), run, Optional.of(Checks.required("source-id", sourceId, "a source id")), Optional.empty());
    }

    /**
     * A new entry for a session imported from another system, where it had the id {@code sourceId}
     * and started at {@code stamp.start()}: the stamp lets a later import from another source
     * recognise it.
     */
    public static RunEntry imported(Run run, String sourceId, ImportStamp stamp) {
        return new RunEntry(UUID.randomUUID(), Instant.now(), run, Optional.of(Checks.required("source-id", sourceId, "a source id")),
                Optional.of(Checks.required("stamp", stamp, "the import stamp")));
    }

    @Override
    public Run session() {
        return run;
    }
}
