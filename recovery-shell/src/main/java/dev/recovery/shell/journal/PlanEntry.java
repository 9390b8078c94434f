package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A saved training plan. The journal keeps the plan as an opaque JSON document chosen by the
 * console (the journal does not interpret it); the current plan is the latest live entry
 * ({@link Journal#plan()}).
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param document   the plan as a JSON document, not blank
 */
public record PlanEntry(UUID id, Instant recordedAt, String document) implements JournalEntry {

    /** @throws IllegalArgumentException if a field is missing or the document is blank */
    public PlanEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("document", document, "a plan as a JSON document");
        if (document.isBlank()) {
            throw Checks.invalid("document", document, "a plan as a JSON document");
        }
    }

    /**
     * @param document the plan as a JSON document
     * @param clock    gives the instant it is recorded at
     * @return a new entry saving {@code document}, with a fresh id
     */
    public static PlanEntry of(String document, Clock clock) {
        return new PlanEntry(UUID.randomUUID(), clock.instant(), document);
    }
}
