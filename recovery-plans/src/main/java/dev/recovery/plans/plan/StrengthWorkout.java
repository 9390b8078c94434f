package dev.recovery.plans.plan;

import dev.recovery.core.unit.Checks;
import java.util.List;

/**
 * A planned strength workout. On a run day it comes after the run (never strength before a run).
 *
 * @param light     true in the taper: fewer sets and shorter holds
 * @param exercises the exercises in order; at least one
 * @since 0.1.0
 */
public record StrengthWorkout(boolean light, List<Exercise> exercises) {

    /** @throws IllegalArgumentException if there are no exercises */
    public StrengthWorkout {
        Checks.required("exercises", exercises, "at least one exercise");
        if (exercises.isEmpty()) {
            throw Checks.invalid("exercises", "none", "at least one exercise");
        }
        exercises = List.copyOf(exercises);
    }

    /** The hold of the Bulgarian split squat in this workout, in seconds, or 0 if it has none. */
    public int bulgarianHoldSeconds() {
        return exercises.stream().filter(e -> e.exercise() == StrengthExercise.BULGARIAN_SPLIT_SQUAT_HOLD)
                .mapToInt(Exercise::holdSeconds).findFirst().orElse(0);
    }
}
