package dev.recovery.core.recovery;

import dev.recovery.core.unit.Checks;
import java.util.Locale;

/**
 * A range of a dose quantity, such as 2-3 minutes or 250-500 ml; a single value has
 * {@code min == max}. The unit is given by where the range is used ({@link Dose#minutes()} or a
 * {@link Measure}).
 *
 * @param min the smallest amount, 0 or more
 * @param max the largest amount, at least {@code min}
 * @since 0.1.0
 */
public record DoseRange(double min, double max) {

    /** The largest amount a range accepts: far above any dose (a week in minutes is 10,080). */
    public static final double MAX_AMOUNT = 100_000;

    /** Nothing: 0 minutes, for items that take no extra time (sleep, drinking, eating). */
    public static final DoseRange NONE = new DoseRange(0, 0);

    /** @throws IllegalArgumentException naming {@code min} or {@code max} if out of order or range */
    public DoseRange {
        Checks.inRange("min", min, 0, MAX_AMOUNT, "");
        Checks.inRange("max", max, min, MAX_AMOUNT, "(at least the minimum)");
    }

    /** The range {@code min} to {@code max}. */
    public static DoseRange of(double min, double max) {
        return new DoseRange(min, max);
    }

    /** Exactly {@code value}. */
    public static DoseRange exactly(double value) {
        return new DoseRange(value, value);
    }

    /** The sum of the two ranges (minimum plus minimum, maximum plus maximum). */
    public DoseRange plus(DoseRange other) {
        return new DoseRange(min + other.min, max + other.max);
    }

    /** This range scaled by {@code factor} (e.g. per-area minutes times the number of areas). */
    public DoseRange times(double factor) {
        return new DoseRange(min * factor, max * factor);
    }

    /** True if this whole range lies inside {@code other}. */
    public boolean within(DoseRange other) {
        return min >= other.min && max <= other.max;
    }

    /** True for a single value. */
    public boolean isExact() {
        return min == max;
    }

    /** As a runner reads it: {@code 2-3}, {@code 10}, {@code 1.5-2}. */
    public String format() {
        return isExact() ? number(min) : number(min) + "-" + number(max);
    }

    private static String number(double v) {
        if (v == Math.rint(v)) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    @Override
    public String toString() {
        return format();
    }
}
