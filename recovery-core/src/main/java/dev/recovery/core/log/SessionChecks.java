package dev.recovery.core.log;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.HeartRates;
import java.time.Duration;
import java.util.OptionalInt;

/** Validation shared by the session records. */
final class SessionChecks {

    private SessionChecks() {
    }

    static void duration(Duration duration) {
        Checks.required("duration", duration, "a duration such as 55:00");
        if (duration.isZero() || duration.isNegative() || duration.compareTo(Durations.MAX) > 0) {
            throw Checks.invalidFormatted("duration", Durations.format(duration), "more than 0 and at most 48:00:00");
        }
    }

    static void heartRate(String field, OptionalInt bpm) {
        Checks.required(field, bpm, "a heart rate in beats per minute, or none");
        bpm.ifPresent(v -> {
            if (!HeartRates.isPlausible(v)) {
                throw Checks.invalid(field, v, "a heart rate from " + HeartRates.MIN_BPM + " to " + HeartRates.MAX_BPM + " beats per minute");
            }
        });
    }
}
