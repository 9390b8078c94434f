package dev.recovery.core.log;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Durations;
import java.time.Duration;
import java.util.OptionalInt;

/** Validation shared by the session records. */
final class SessionChecks {

    /** The lowest heart rate accepted, in beats per minute: below any trained athlete at rest. */
    static final int MIN_HEART_RATE = 25;
    /** The highest heart rate accepted, in beats per minute: above any recorded human maximum. */
    static final int MAX_HEART_RATE = 250;

    private SessionChecks() {
    }

    static Duration duration(Duration duration) {
        Checks.required("duration", duration, "a duration such as 55:00");
        if (duration.isZero() || duration.isNegative() || duration.compareTo(Durations.MAX) > 0) {
            throw Checks.invalidFormatted("duration", Durations.format(duration), "more than 0 and at most 48:00:00");
        }
        return duration;
    }

    static OptionalInt heartRate(String field, OptionalInt bpm) {
        Checks.required(field, bpm, "a heart rate in beats per minute, or none");
        bpm.ifPresent(v -> {
            if (v < MIN_HEART_RATE || v > MAX_HEART_RATE) {
                throw Checks.invalid(field, v, "a heart rate from " + MIN_HEART_RATE + " to " + MAX_HEART_RATE + " beats per minute");
            }
        });
        return bpm;
    }
}
