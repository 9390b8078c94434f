package dev.recovery.shell.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One record in a runner's training journal: a session, a soreness check-in, a clearance by a
 * physical therapist or doctor, answers to the return to run's entry questions, a shoe change, a
 * profile change, a saved plan, or the undoing of an earlier entry.
 *
 * <p>Every entry has a unique {@link #id()} (a random UUID, stable for ever: {@link UndoEntry}
 * names entries by it) and the instant it was recorded. Entries are immutable; the journal never
 * edits or deletes one, it appends an {@link UndoEntry} instead, so nothing is silently destroyed.
 *
 * <p>Create entries with the factories on each record ({@code SessionEntry.of(run, clock)}), which assign a
 * fresh id and the clock's instant, then hand them to {@link Journal#append(JournalEntry)}.
 */
public sealed interface JournalEntry permits SessionEntry, CheckInEntry, ClearanceEntry, EntryCheckEntry, ShoeEntry, ProfileEntry, PlanEntry, UndoEntry {

    /** The entry's unique id. */
    UUID id();

    /** When the entry was recorded (not the training date, which the payload carries). */
    Instant recordedAt();

    /**
     * The id of the activity in the system it was imported from (for example {@code strava:1234}),
     * used to recognise an activity already imported; empty for entries typed in by the runner.
     */
    default Optional<String> sourceId() {
        return Optional.empty();
    }

    /**
     * The training day the entry is about: a session's date, a check-in's day, a shoe change's day;
     * empty for profile changes, saved plans and undos, which belong to no day.
     */
    default Optional<LocalDate> day() {
        return Optional.empty();
    }
}
