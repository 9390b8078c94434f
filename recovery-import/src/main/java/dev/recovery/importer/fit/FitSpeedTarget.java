package dev.recovery.importer.fit;

import dev.recovery.core.unit.Checks;
import java.time.Duration;

/**
 * A workout step's pace range as a FIT custom speed target, in millimetres per second (the
 * protocol's unit: speed scale 1000): the watch alerts when the runner is slower than
 * {@code lowMillimetresPerSecond} or faster than {@code highMillimetresPerSecond}.
 *
 * @param lowMillimetresPerSecond  the slowest speed allowed, 1 to {@link #MAX_MILLIMETRES_PER_SECOND}
 * @param highMillimetresPerSecond the fastest speed allowed, at least the low one
 */
public record FitSpeedTarget(long lowMillimetresPerSecond, long highMillimetresPerSecond) {

    /** The fastest speed accepted: 20 m/s (72 km/h), far above any runner, far inside uint32. */
    public static final long MAX_MILLIMETRES_PER_SECOND = 20_000;
    private static final double MILLIMETRES_PER_KM = 1_000_000;

    /** @throws IllegalArgumentException if a speed is out of range or low is above high */
    public FitSpeedTarget {
        if (lowMillimetresPerSecond < 1 || lowMillimetresPerSecond > MAX_MILLIMETRES_PER_SECOND) {
            throw Checks.invalid("low-speed", lowMillimetresPerSecond, "1 to " + MAX_MILLIMETRES_PER_SECOND + " mm/s");
        }
        if (highMillimetresPerSecond < lowMillimetresPerSecond || highMillimetresPerSecond > MAX_MILLIMETRES_PER_SECOND) {
            throw Checks.invalid("high-speed", highMillimetresPerSecond,
                    lowMillimetresPerSecond + " (the low speed) to " + MAX_MILLIMETRES_PER_SECOND + " mm/s");
        }
    }

    /**
     * The speed range of a pace range, e.g. 4:50-5:10 per km.
     *
     * @param slowestPerKm the slowest pace allowed per kilometre (gives the low speed)
     * @param fastestPerKm the fastest pace allowed per kilometre, at most {@code slowestPerKm}
     * @return the target, each speed rounded to the mm/s
     * @throws IllegalArgumentException if a pace is missing, not positive, or the fastest is slower than the slowest
     */
    public static FitSpeedTarget ofPaces(Duration slowestPerKm, Duration fastestPerKm) {
        Checks.required("slowest-pace", slowestPerKm, "a pace per km");
        Checks.required("fastest-pace", fastestPerKm, "a pace per km");
        if (fastestPerKm.isNegative() || fastestPerKm.isZero() || fastestPerKm.compareTo(slowestPerKm) > 0) {
            throw Checks.invalid("fastest-pace", fastestPerKm, "more than 0 and at most the slowest pace " + slowestPerKm);
        }
        return new FitSpeedTarget(speed(slowestPerKm), speed(fastestPerKm));
    }

    private static long speed(Duration perKm) {
        return Math.max(1, Math.round(MILLIMETRES_PER_KM * 1000 / perKm.toMillis()));
    }

    /** The slowest pace allowed per kilometre (from the low speed), to the millisecond. */
    public Duration slowestPerKm() {
        return Duration.ofMillis(Math.round(MILLIMETRES_PER_KM * 1000 / lowMillimetresPerSecond));
    }

    /** The fastest pace allowed per kilometre (from the high speed), to the millisecond. */
    public Duration fastestPerKm() {
        return Duration.ofMillis(Math.round(MILLIMETRES_PER_KM * 1000 / highMillimetresPerSecond));
    }
}
