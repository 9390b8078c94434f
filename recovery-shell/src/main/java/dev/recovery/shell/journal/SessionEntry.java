package dev.recovery.shell.journal;

import dev.recovery.core.log.Session;
import dev.recovery.core.unit.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A training session in the journal: a run, cross-training, strength or yoga, as the core library's
 * {@link Session} (one entry type over the library's session types, so the journal never copies them).
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param session    the session
 * @param sourceId   the id of the activity it was imported from, if imported
 * @param stamp      its start and distance as the source gave them, if imported (for deduplication)
 */
public record SessionEntry(UUID id, Instant recordedAt, Session session, Optional<String> sourceId,
        Optional<ImportStamp> stamp) implements JournalEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public SessionEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("session", session, "a run, cross-training, strength or yoga session");
        EntryChecks.sourceId(sourceId);
        Checks.required("stamp", stamp, "an import stamp, or none");
    }

    /**
     * A new entry for a session the runner logged, with a fresh id.
     *
     * @param session the session
     * @param clock   gives the instant it is recorded at
     * @return the entry, not yet in any journal
     */
    public static SessionEntry of(Session session, Clock clock) {
        return new SessionEntry(UUID.randomUUID(), clock.instant(), session, Optional.empty(), Optional.empty());
    }

    /**
     * A new entry for a session imported from another system, where it had the id {@code sourceId}.
     *
     * @param session  the session
     * @param sourceId its id in the system it came from, e.g. {@code strava:1234}
     * @param clock    gives the instant it is recorded at
     * @return the entry, not yet in any journal
     */
    public static SessionEntry imported(Session session, String sourceId, Clock clock) {
        return new SessionEntry(UUID.randomUUID(), clock.instant(), session,
                Optional.of(Checks.required("source-id", sourceId, "a source id")), Optional.empty());
    }

    /**
     * A new entry for a session imported from another system, where it had the id {@code sourceId}
     * and started at {@code stamp.start()}: the stamp lets a later import from another source
     * recognise it.
     *
     * @param session  the session
     * @param sourceId its id in the system it came from
     * @param stamp    its start and distance as the source gave them
     * @param clock    gives the instant it is recorded at
     * @return the entry, not yet in any journal
     */
    public static SessionEntry imported(Session session, String sourceId, ImportStamp stamp, Clock clock) {
        return new SessionEntry(UUID.randomUUID(), clock.instant(), session,
                Optional.of(Checks.required("source-id", sourceId, "a source id")),
                Optional.of(Checks.required("stamp", stamp, "the import stamp")));
    }

    /** @return the day the session took place */
    public LocalDate date() {
        return session.date();
    }

    @Override
    public Optional<LocalDate> day() {
        return Optional.of(date());
    }
}
