package dev.recovery.core.pace;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Pace;

/**
 * A band of paces to run in, from the fastest to the slowest that still counts. A single target
 * pace is a range whose bounds are equal.
 *
 * @param fast the fastest pace in the range (fewest seconds per km)
 * @param slow the slowest pace in the range, not faster than {@code fast}
 * @since 0.1.0
 */
public record PaceRange(Pace fast, Pace slow) {

    /** @throws IllegalArgumentException if a bound is missing or {@code slow} is faster than {@code fast} */
    public PaceRange {
        Checks.required("fast", fast, "a pace such as 5:30/km");
        Checks.required("slow", slow, "a pace such as 5:30/km");
        if (slow.isFasterThan(fast)) {
            throw Checks.invalidFormatted("slow", slow.toString(), "a pace no faster than the fast bound " + fast);
        }
    }

    /**
     * The range from {@code fast} to {@code slow}.
     *
     * @throws IllegalArgumentException if {@code slow} is faster than {@code fast}
     */
    public static PaceRange of(Pace fast, Pace slow) {
        return new PaceRange(fast, slow);
    }

    /** A single target pace. */
    public static PaceRange single(Pace pace) {
        return new PaceRange(pace, pace);
    }

    /** True if the range is a single target pace. */
    public boolean isSingle() {
        return fast.equals(slow);
    }

    /** True if {@code pace} lies within the range, bounds included. */
    public boolean contains(Pace pace) {
        return !pace.isFasterThan(fast) && !slow.isFasterThan(pace);
    }

    /** Shows the range in {@code unit}: {@code 5:28-5:43/km}, or {@code 4:15/km} for a single pace. */
    public String format(DistanceUnit unit) {
        if (isSingle()) {
            return fast.format(unit);
        }
        String fastText = fast.format(unit);
        return fastText.substring(0, fastText.indexOf('/')) + "-" + slow.format(unit);
    }

    @Override
    public String toString() {
        return format(DistanceUnit.KM);
    }
}
