package dev.recovery.shell.journal;

import dev.recovery.core.episode.EntryCheck;
import dev.recovery.core.unit.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The runner's answers to the return to run's entry questions (brisk walking, single-leg squats,
 * hops: the worst pain of each): pain-free answers start the walk-run steps.
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param check      the region, side, day and the three pains
 */
public record EntryCheckEntry(UUID id, Instant recordedAt, EntryCheck check) implements JournalEntry {

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public EntryCheckEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("entry check", check, "the answers to the entry questions");
    }

    /**
     * A new entry for {@code check}, with a fresh id.
     *
     * @param check the answers
     * @param clock gives the instant it is recorded at
     * @return the entry, not yet in any journal
     */
    public static EntryCheckEntry of(EntryCheck check, Clock clock) {
        return new EntryCheckEntry(UUID.randomUUID(), clock.instant(), check);
    }

    @Override
    public Optional<LocalDate> day() {
        return Optional.of(check.date());
    }
}
