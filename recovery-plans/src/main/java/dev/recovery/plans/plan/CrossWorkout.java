package dev.recovery.plans.plan;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.unit.Checks;
import java.time.Duration;

/**
 * Planned low-impact cross-training (docs/reference/plans.md: at least one a week, in place of a recovery run).
 *
 * @param activity bike, elliptical, swim or walk
 * @param duration how long, more than 0 and at most 3 h
 * @since 0.1.0
 */
public record CrossWorkout(CrossActivity activity, Duration duration) {

    /** The longest cross-training session a plan prescribes. */
    public static final Duration MAX = Duration.ofHours(3);

    /** @throws IllegalArgumentException naming the invalid field */
    public CrossWorkout {
        Checks.requiredOneOf("activity", activity, CrossActivity.class);
        Checks.required("duration", duration, "a duration such as 45:00");
        if (duration.isZero() || duration.isNegative() || duration.compareTo(MAX) > 0) {
            throw Checks.invalidFormatted("duration", duration.toString(), "more than 0 and at most 3 h");
        }
    }

    /** {@code duration} of {@code activity}. */
    public static CrossWorkout of(CrossActivity activity, Duration duration) {
        return new CrossWorkout(activity, duration);
    }
}
