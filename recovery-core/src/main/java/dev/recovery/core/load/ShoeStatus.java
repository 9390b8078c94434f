package dev.recovery.core.load;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;

/**
 * Whether a shoe is due for replacement (docs/reference/load.md; Kunz; the leg-ache guide, 2025): replace every 300-500
 * miles (480-800 km), or sooner when they feel flat.
 *
 * @since 0.1.0
 */
public enum ShoeStatus {
    /** Below the warning mileage. */
    FINE,
    /** From 300 mi / 480 km: check the midsole; plan a new pair. */
    WORN,
    /** From 500 mi / 800 km: replace. */
    REPLACE;

    /** Warning mileage for runners who count in miles. */
    public static final double WARN_MILES = 300;
    /** Replacement mileage for runners who count in miles. */
    public static final double REPLACE_MILES = 500;
    /** Warning mileage for runners who count in kilometres. */
    public static final double WARN_KM = 480;
    /** Replacement mileage for runners who count in kilometres. */
    public static final double REPLACE_KM = 800;

    /**
     * The status of a shoe with {@code distance} on it, using the round thresholds of the runner's
     * unit (300/500 mi or 480/800 km, which differ by under 1%). The thresholds are compared in
     * whole millimetres, so a shoe at exactly 300 mi (482.8032 km) is worn.
     *
     * @param distance the distance on the shoe
     * @param unit     the runner's unit, which picks the thresholds
     * @return the status
     */
    public static ShoeStatus of(Distance distance, DistanceUnit unit) {
        boolean miles = unit == DistanceUnit.MI;
        Distance warn = Distance.of(miles ? WARN_MILES : WARN_KM, unit);
        Distance replace = Distance.of(miles ? REPLACE_MILES : REPLACE_KM, unit);
        if (distance.compareTo(replace) >= 0) {
            return REPLACE;
        }
        return distance.compareTo(warn) >= 0 ? WORN : FINE;
    }
}
