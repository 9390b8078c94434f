package dev.recovery.shell.journal;

import dev.recovery.core.triage.CheckIn;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A soreness check-in recorded in the journal.
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param checkIn    what the runner reported
 * @param date       the day the check-in is about (1900-2100)
 */
public record CheckInEntry(UUID id, Instant recordedAt, CheckIn checkIn, LocalDate date) implements JournalEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public CheckInEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("check-in", checkIn, "a check-in");
        Dates.check("date", date);
    }

    /**
     * A new entry for {@code checkIn} about {@code date}, with a fresh id.
     *
     * @param checkIn what the runner reported
     * @param date    the day it is about
     * @param clock   gives the instant it is recorded at
     * @return the entry, not yet in any journal
     */
    public static CheckInEntry of(CheckIn checkIn, LocalDate date, Clock clock) {
        return new CheckInEntry(UUID.randomUUID(), clock.instant(), checkIn, date);
    }

    @Override
    public Optional<LocalDate> day() {
        return Optional.of(date());
    }
}
