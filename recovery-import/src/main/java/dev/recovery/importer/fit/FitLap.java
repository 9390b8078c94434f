package dev.recovery.importer.fit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One lap of a recorded session (a press of the lap button, or an auto-lap every kilometre or mile).
 *
 * @param start        when the lap began, if recorded
 * @param elapsed      the lap's elapsed time, zero if not recorded
 * @param timer        the lap's moving (timer) time, pauses left out; zero if not recorded
 * @param metres       the lap's distance in metres, 0 if not recorded
 * @param avgHeartRate the lap's average heart rate in bpm, if recorded
 */
public record FitLap(Optional<Instant> start, Duration elapsed, Duration timer, double metres, OptionalInt avgHeartRate) {

    /** @throws IllegalArgumentException if a value is missing or negative */
    public FitLap {
        dev.recovery.core.unit.Checks.required("start", start, "a start, or none");
        dev.recovery.core.unit.Checks.required("elapsed", elapsed, "a duration");
        dev.recovery.core.unit.Checks.required("timer", timer, "a duration");
        dev.recovery.core.unit.Checks.required("avg-hr", avgHeartRate, "a heart rate, or none");
        if (elapsed.isNegative() || timer.isNegative() || !(metres >= 0)) {
            throw dev.recovery.core.unit.Checks.invalid("lap", elapsed + " " + timer + " " + metres,
                    "times and a distance of at least 0");
        }
    }
}
