package dev.recovery.shell.journal;

import dev.recovery.core.episode.Clearance;
import dev.recovery.core.unit.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The runner's record that a physical therapist or doctor cleared a region that was RED: it ends the
 * RED and starts the graded return to run.
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param clearance  the region, side, day and the professional's words
 */
public record ClearanceEntry(UUID id, Instant recordedAt, Clearance clearance) implements JournalEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public ClearanceEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("clearance", clearance, "a clearance");
    }

    /**
     * A new entry for {@code clearance}, with a fresh id.
     *
     * @param clearance the clearance
     * @param clock     gives the instant it is recorded at
     * @return the entry, not yet in any journal
     */
    public static ClearanceEntry of(Clearance clearance, Clock clock) {
        return new ClearanceEntry(UUID.randomUUID(), clock.instant(), clearance);
    }

    @Override
    public Optional<LocalDate> day() {
        return Optional.of(clearance.date());
    }
}
