package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.HeartRates;
import java.time.Duration;

/**
 * Banister's training impulse (TRIMP, Banister 1975): minutes x HRr x multiplier x e^(exponent x HRr),
 * where HRr = (average HR - resting HR) / (maximum HR - resting HR). The exponential weighting
 * makes a minute near maximum heart rate count far more than an easy minute. Units: arbitrary
 * units (AU), roughly 100-150 for an hour at a steady moderate effort.
 *
 * @since 0.1.0
 */
public final class Trimp {

    private Trimp() {
    }

    /**
     * TRIMP of a session of {@code duration} at average heart rate {@code avgBpm}.
     *
     * @throws IllegalArgumentException naming the field if the duration is missing or not positive,
     *                                  the heart rate is outside {@value HeartRates#MIN_BPM}-{@value HeartRates#MAX_BPM} bpm, or the profile or variant is missing
     */
    public static double of(Duration duration, int avgBpm, HeartRateProfile profile, TrimpVariant variant) {
        Checks.required("duration", duration, "a duration such as 55:00");
        if (duration.isZero() || duration.isNegative()) {
            throw Checks.invalidFormatted("duration", duration.toString(), "more than 0");
        }
        Checks.inRange("avg-hr", avgBpm, HeartRates.MIN_BPM, HeartRates.MAX_BPM);
        Checks.required("heart-rate profile", profile, "resting and maximum heart rate and sex");
        Checks.required("trimp variant", variant, "morton-1990, goldencheetah or runalyze");
        return minutes(duration) * weighted(profile.reserveFraction(avgBpm), profile.sex(), variant);
    }

    /** The per-minute weighting HRr x multiplier x e^(exponent x HRr) for a reserve fraction 0-1. */
    static double weighted(double hrr, Sex sex, TrimpVariant variant) {
        return hrr * variant.multiplier(sex) * Math.exp(variant.exponent(sex) * hrr);
    }

    static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }
}
