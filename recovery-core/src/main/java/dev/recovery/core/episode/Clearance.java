package dev.recovery.core.episode;

import dev.recovery.core.unit.BodyRegion;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Side;
import java.time.LocalDate;

/**
 * The runner's record that a physical therapist or doctor has cleared a RED region: the only thing
 * that ends a RED episode (Postma and Chung: see a professional). It starts the graded return to run,
 * not full training.
 *
 * @param region the region cleared
 * @param side   left, right, or both (both clears either side)
 * @param date   the day of the clearance (1900-2100)
 * @param note   what the professional said, possibly empty; at most {@value #MAX_NOTE_LENGTH} characters
 */
public record Clearance(BodyRegion region, Side side, LocalDate date, String note) {

    /** The longest note kept: a sentence or two. */
    public static final int MAX_NOTE_LENGTH = 500;

    /** @throws IllegalArgumentException naming the first part that is missing or too long */
    public Clearance {
        Checks.requiredOneOf("region", region, BodyRegion.class);
        Checks.requiredOneOf("side", side, Side.class);
        Dates.check("date", date);
        Checks.required("note", note, "a note, empty if none");
        note = note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw Checks.invalidFormatted("note", note.length() + " characters", "at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    /**
     * A clearance of {@code region} on {@code side} on {@code date}.
     *
     * @param region the region
     * @param side   the side, both for either
     * @param date   the day
     * @param note   the professional's words, empty if none
     * @return the clearance
     */
    public static Clearance of(BodyRegion region, Side side, LocalDate date, String note) {
        return new Clearance(region, side, date, note);
    }

    /**
     * True if this clearance covers {@code episodeSide} (a left or right episode).
     *
     * @param episodeSide the episode's side
     * @return whether it is covered
     */
    public boolean covers(Side episodeSide) {
        return side == Side.BOTH || side == episodeSide;
    }
}
