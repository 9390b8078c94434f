package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;
import java.util.Locale;

/**
 * One acute:chronic workload ratio, or none where it is not meaningful (before a full chronic
 * window, or with no chronic load to divide by). 1.0 means "this week as usual"; the zones are in
 * {@link AcwrZone}. Prints as {@code 1.44}, or {@code n/a} when there is no ratio.
 *
 * <p>Ask {@link #isDefined()} before {@link #ratio()}, or use {@link #orElse(double)}.
 *
 * @since 0.1.0
 */
public final class AcwrRatio implements Comparable<AcwrRatio> {

    /** No ratio: the chronic window is not yet full, or its load is 0. */
    public static final AcwrRatio NONE = new AcwrRatio(Double.NaN);

    /** What {@link #toString()} shows for {@link #NONE}. */
    private static final String NOT_AVAILABLE = "n/a";

    private final double ratio;

    private AcwrRatio(double ratio) {
        this.ratio = ratio;
    }

    /**
     * A defined ratio.
     *
     * @param ratio the acute load divided by the chronic load; 0 or more and finite
     * @return the ratio
     * @throws dev.recovery.core.unit.ValidationException if {@code ratio} is negative, infinite or not a number
     */
    public static AcwrRatio of(double ratio) {
        if (!(ratio >= 0) || Double.isInfinite(ratio)) {
            throw Checks.invalidFormatted("acwr", String.valueOf(ratio), "a finite ratio of 0 or more");
        }
        return new AcwrRatio(ratio);
    }

    /**
     * Whether there is a ratio.
     *
     * @return {@code true} if the ratio is defined
     */
    public boolean isDefined() {
        return !Double.isNaN(ratio);
    }

    /**
     * The ratio.
     *
     * @return the acute load divided by the chronic load, 0 or more
     * @throws IllegalStateException if there is none ({@link #isDefined()} is false)
     */
    public double ratio() {
        if (!isDefined()) {
            throw new IllegalStateException("no acute:chronic ratio: the chronic window is not full or its load is 0");
        }
        return ratio;
    }

    /**
     * The ratio, or {@code fallback} when there is none.
     *
     * @param fallback what to use when the ratio is not defined
     * @return the ratio or {@code fallback}
     */
    public double orElse(double fallback) {
        return isDefined() ? ratio : fallback;
    }

    /**
     * The zone of this ratio.
     *
     * @return the zone, or {@code null} when there is no ratio
     */
    public AcwrZone zoneOrNull() {
        return isDefined() ? AcwrZone.of(ratio) : null;
    }

    /** Undefined ratios sort before every defined one. */
    @Override
    public int compareTo(AcwrRatio other) {
        if (isDefined() != other.isDefined()) {
            return isDefined() ? 1 : -1;
        }
        return isDefined() ? Double.compare(ratio, other.ratio) : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AcwrRatio that && Double.compare(ratio, that.ratio) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(ratio);
    }

    /** The ratio with two decimals, e.g. {@code 1.44}, or {@code n/a}. */
    @Override
    public String toString() {
        return isDefined() ? String.format(Locale.ROOT, "%.2f", ratio) : NOT_AVAILABLE;
    }
}
