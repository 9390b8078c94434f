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
     * unit (300/500 mi or 480/800 km, which differ by under 1%).
     */
    public static ShoeStatus of(Distance distance, DistanceUnit unit) {
        double amount = unit == DistanceUnit.MI ? distance.miles() : distance.km();
        double warn = unit == DistanceUnit.MI ? WARN_MILES : WARN_KM;
        double replace = unit == DistanceUnit.MI ? REPLACE_MILES : REPLACE_KM;
        if (amount >= replace) {
            return REPLACE;
        }
        return amount >= warn ? WORN : FINE;
    }
}
