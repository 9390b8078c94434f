package dev.recovery.plans.request;

import dev.recovery.core.unit.DistanceUnit;

/**
 * The weekly volumes a plan request may state, in the runner's unit. These are product choices
 * (the sources are silent): below the minimum a marathon plan is not the right tool yet; above the
 * maximum the request is almost certainly a typo.
 *
 * @since 0.1.0
 */
public final class VolumeLimits {

    /** Least current weekly volume for a marathon plan: 16 km. Higdon's Novice 1 starts near 15 mi, a little above this. */
    public static final double MIN_CURRENT_KM = 16;
    /** Least current weekly volume in miles: 10 mi. */
    public static final double MIN_CURRENT_MI = 10;
    /** Largest peak weekly volume accepted: 240 km. */
    public static final double MAX_PEAK_KM = 240;
    /** Largest peak weekly volume accepted in miles: 150 mi. */
    public static final double MAX_PEAK_MI = 150;
    /** Least average run the current volume must allow at the requested frequency: 5 km (shorter runs are not worth the impact). */
    public static final double MIN_AVERAGE_RUN_KM = 5;
    /** Least average run in miles: 3 mi. */
    public static final double MIN_AVERAGE_RUN_MI = 3;

    private VolumeLimits() {
    }

    /** Least current weekly volume in {@code unit}. */
    public static double minCurrent(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? MIN_CURRENT_KM : MIN_CURRENT_MI;
    }

    /** Largest peak weekly volume in {@code unit}. */
    public static double maxPeak(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? MAX_PEAK_KM : MAX_PEAK_MI;
    }

    /** Least average run in {@code unit}. */
    public static double minAverageRun(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? MIN_AVERAGE_RUN_KM : MIN_AVERAGE_RUN_MI;
    }
}
