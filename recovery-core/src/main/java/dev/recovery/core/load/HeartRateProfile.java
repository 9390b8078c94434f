package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.HeartRates;

/**
 * A runner's heart-rate anchors, needed to turn a session's average heart rate into TRIMP.
 *
 * @param restingBpm resting heart rate in beats per minute, from {@value #MIN_RESTING} to
 *                   {@value #MAX_RESTING} (measured lying down on waking)
 * @param maxBpm     maximum heart rate in beats per minute, from {@value #MIN_MAX} to
 *                   {@value #MAX_MAX}, above the resting rate (from a field test, not 220 - age if avoidable)
 * @param sex        which TRIMP exponent applies
 * @since 0.1.0
 */
public record HeartRateProfile(int restingBpm, int maxBpm, Sex sex) {

    /** Lowest resting heart rate accepted (bpm): the lowest heart rate accepted anywhere, below elite endurance athletes' values. */
    public static final int MIN_RESTING = HeartRates.MIN_BPM;
    /** Highest resting heart rate accepted (bpm): above this a runner should not be training. */
    public static final int MAX_RESTING = 120;
    /** Lowest maximum heart rate accepted (bpm). */
    public static final int MIN_MAX = 100;
    /** Highest maximum heart rate accepted (bpm): the highest heart rate accepted anywhere. */
    public static final int MAX_MAX = HeartRates.MAX_BPM;

    /** @throws IllegalArgumentException naming the first invalid field, its value and what is allowed */
    public HeartRateProfile {
        Checks.inRange("resting-hr", restingBpm, MIN_RESTING, MAX_RESTING);
        Checks.inRange("max-hr", maxBpm, MIN_MAX, MAX_MAX);
        if (maxBpm <= restingBpm) {
            throw Checks.invalid("max-hr", maxBpm, "more than the resting heart rate " + restingBpm);
        }
        Checks.requiredOneOf("sex", sex, Sex.class);
    }

    /** The profile of a runner with these resting and maximum heart rates. */
    public static HeartRateProfile of(int restingBpm, int maxBpm, Sex sex) {
        return new HeartRateProfile(restingBpm, maxBpm, sex);
    }

    /**
     * The heart-rate reserve fraction of {@code avgBpm}: (avg - rest) / (max - rest), clamped to 0-1.
     * An average below rest counts as 0 and one above the profile's maximum as 1 (the profile's
     * maximum is then out of date; clamping keeps the exponential from inflating the load).
     */
    public double reserveFraction(int avgBpm) {
        double hrr = (double) (avgBpm - restingBpm) / (maxBpm - restingBpm);
        return Math.max(0, Math.min(1, hrr));
    }
}
