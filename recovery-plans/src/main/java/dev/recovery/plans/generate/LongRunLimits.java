package dev.recovery.plans.generate;

import dev.recovery.core.unit.DistanceUnit;

/** The long-run and run-size limits of docs/reference/plans.md, per unit, in tenths of the unit (the plan's rounding). */
public final class LongRunLimits {

    /** Long run at most 35 km (docs/reference/plans.md: 20-22 mi, 32-35 km; Pfitzinger). */
    static final int CAP_KM_TENTHS = 350;
    /** Long run at most 22 mi (docs/reference/plans.md). */
    static final int CAP_MI_TENTHS = 220;
    /** From 64 km a week the long run is at most 35% of the week (docs/reference/plans.md). */
    static final int SHARE_THRESHOLD_KM_TENTHS = 640;
    /** From 40 mi a week the long run is at most 35% of the week (docs/reference/plans.md). */
    static final int SHARE_THRESHOLD_MI_TENTHS = 400;
    /** Long-run share, in percent of the week, at or above the threshold (docs/reference/plans.md: 30-35%). */
    static final int SHARE_HIGH_VOLUME_PERCENT = 35;
    /** Long-run share, in percent of the week, below the threshold (docs/reference/plans.md: low-volume plans may reach 50%). */
    static final int SHARE_LOW_VOLUME_PERCENT = 50;
    /** Other runs at most this percentage of the week's long-run cap (product choice: a medium-long run, Pfitzinger style). */
    static final int OTHER_RUN_PERCENT = 80;

    private LongRunLimits() {
    }

    static int capTenths(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? CAP_KM_TENTHS : CAP_MI_TENTHS;
    }

    static int thresholdTenths(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? SHARE_THRESHOLD_KM_TENTHS : SHARE_THRESHOLD_MI_TENTHS;
    }

    /** The share of its week, in percent, a long run may take in a week of {@code weekTenths}: 35 from the threshold on (inclusive), else 50. */
    static int sharePercent(int weekTenths, DistanceUnit unit) {
        return weekTenths >= thresholdTenths(unit) ? SHARE_HIGH_VOLUME_PERCENT : SHARE_LOW_VOLUME_PERCENT;
    }

    /**
     * The long-run cap for a week of {@code weekTenths}: the absolute cap and the share, whichever is
     * less. Below the threshold the long run is also kept at most as long as a threshold week's
     * (35% of 64 km / 40 mi), so it never shrinks as the week grows past the threshold: a product
     * choice within the domain reference's "may reach 50%".
     *
     * @param weekTenths the week's running, in tenths of {@code unit}
     * @param unit the plan's unit
     * @return the longest the long run may be, in tenths of {@code unit}
     */
    public static int longRunCapTenths(int weekTenths, DistanceUnit unit) {
        // From the threshold on, 35% of the week is at least 35% of a threshold week and at most 50% of the week;
        // below it, the threshold week's 35% is the lesser bound. One expression, no branch at the threshold itself.
        int thresholdLongRun = Percent.of(thresholdTenths(unit), SHARE_HIGH_VOLUME_PERCENT);
        int byShare = Math.min(Percent.of(weekTenths, SHARE_LOW_VOLUME_PERCENT),
                Math.max(Percent.of(weekTenths, SHARE_HIGH_VOLUME_PERCENT), thresholdLongRun));
        return Math.min(capTenths(unit), byShare);
    }

    /** The cap for every other run in a week of {@code weekTenths}. */
    static int otherRunCapTenths(int weekTenths, DistanceUnit unit) {
        return Percent.of(longRunCapTenths(weekTenths, unit), OTHER_RUN_PERCENT);
    }

    private static final int[][] CAPACITY = new int[DistanceUnit.values().length][8];

    static {
        for (DistanceUnit unit : DistanceUnit.values()) {
            for (int runs = 1; runs < 8; runs++) {
                CAPACITY[unit.ordinal()][runs] = computeCapacity(runs, unit);
            }
        }
    }

    /** The largest weekly volume {@code runs} (1-7) runs can carry within the caps, in tenths. */
    static int capacityTenths(int runs, DistanceUnit unit) {
        return CAPACITY[unit.ordinal()][runs];
    }

    private static int computeCapacity(int runs, DistanceUnit unit) {
        int best = 0;
        int limit = unit == DistanceUnit.KM ? 3000 : 2000;
        for (int v = 1; v <= limit; v++) {
            if (longRunCapTenths(v, unit) + (long) (runs - 1) * otherRunCapTenths(v, unit) >= v) {
                best = v;
            }
        }
        return best;
    }
}
