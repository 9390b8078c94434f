package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A shoe added to or retired from the runner's rotation.
 *
 * @param id         the entry's unique id
 * @param recordedAt when it was recorded
 * @param action     add or retire
 * @param shoe       the runner's name for the shoe, 1 to {@value #MAX_NAME_LENGTH} characters (blanks around it are removed)
 * @param date       the day it was added or retired (1900-2100)
 */
public record ShoeEntry(UUID id, Instant recordedAt, ShoeAction action, String shoe, LocalDate date) implements JournalEntry {

    /** The longest shoe name accepted, in characters: room for a brand, model and a nickname. */
    public static final int MAX_NAME_LENGTH = 80;

    /** @throws IllegalArgumentException naming the first missing or invalid field */
    public ShoeEntry {
        EntryChecks.envelope(id, recordedAt);
        Checks.required("action", action, "add or retire");
        Checks.required("shoe", shoe, "a shoe name");
        String given = shoe;
        shoe = shoe.strip();
        if (shoe.isEmpty() || shoe.length() > MAX_NAME_LENGTH || shoe.chars().anyMatch(Character::isISOControl)) {
            throw Checks.invalid("shoe", given, "a name of 1 to " + MAX_NAME_LENGTH + " characters without control characters");
        }
        Dates.check("date", date);
    }

    /**
     * @param shoe  the shoe's name
     * @param date  the first day worn
     * @param clock gives the instant it is recorded at
     * @return a new entry adding {@code shoe} on {@code date}
     */
    public static ShoeEntry add(String shoe, LocalDate date, Clock clock) {
        return new ShoeEntry(UUID.randomUUID(), clock.instant(), ShoeAction.ADD, shoe, date);
    }

    /**
     * @param shoe  the shoe's name
     * @param date  the last day worn
     * @param clock gives the instant it is recorded at
     * @return a new entry retiring {@code shoe} on {@code date}
     */
    public static ShoeEntry retire(String shoe, LocalDate date, Clock clock) {
        return new ShoeEntry(UUID.randomUUID(), clock.instant(), ShoeAction.RETIRE, shoe, date);
    }

    @Override
    public Optional<LocalDate> day() {
        return Optional.of(date());
    }
}
