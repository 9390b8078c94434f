package dev.recovery.plans.workout;

import dev.recovery.core.unit.Distance;
import java.time.Duration;

/** One item of a workout: a single {@link Step} or a {@link Repeat} of steps. */
public sealed interface WorkoutPart permits Step, Repeat {

    /** {@return the part's distance in whole metres (a repeat counts every round)} */
    int metres();

    /** {@return the part's duration in whole seconds (a repeat counts every round)} */
    int seconds();

    /** {@return the part's distance} */
    default Distance distance() {
        return Distance.ofMetres(metres());
    }

    /** {@return the part's duration} */
    default Duration duration() {
        return Duration.ofSeconds(seconds());
    }
}
