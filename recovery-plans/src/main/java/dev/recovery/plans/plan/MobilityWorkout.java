package dev.recovery.plans.plan;

import dev.recovery.core.unit.Checks;
import java.time.Duration;

/**
 * A planned yoga or mobility session (docs/reference/recovery.md and plans.md: one a week, easy mobility in race week).
 *
 * @param yoga     true for a yoga class, false for an easy mobility routine
 * @param duration how long, more than 0 and at most 2 h
 * @since 0.1.0
 */
public record MobilityWorkout(boolean yoga, Duration duration) {

    /** @throws IllegalArgumentException naming the invalid field */
    public MobilityWorkout {
        Checks.required("duration", duration, "a duration such as 30:00");
        if (duration.isZero() || duration.isNegative() || duration.toMinutes() > 120) {
            throw Checks.invalidFormatted("duration", duration.toString(), "more than 0 and at most 2 h");
        }
    }
}
