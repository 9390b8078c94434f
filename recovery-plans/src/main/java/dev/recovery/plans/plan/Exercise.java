package dev.recovery.plans.plan;

import dev.recovery.core.unit.Checks;

/**
 * One exercise of a strength workout: sets of either repetitions or a timed hold.
 *
 * @param exercise    which exercise
 * @param sets        sets, 1-10
 * @param reps        repetitions per set (per side for single-leg work), 1-50, or 0 for a hold
 * @param holdSeconds seconds per hold, 5-300, or 0 for repetitions
 * @since 0.1.0
 */
public record Exercise(StrengthExercise exercise, int sets, int reps, int holdSeconds) {

    /** @throws IllegalArgumentException naming the invalid field; exactly one of reps and holdSeconds must be non-zero */
    public Exercise {
        Checks.requiredOneOf("exercise", exercise, StrengthExercise.class);
        Checks.inRange("sets", sets, 1, 10);
        if ((reps == 0) == (holdSeconds == 0)) {
            throw Checks.invalid("reps", reps, "repetitions (1-50) or a hold in seconds (5-300), not both or neither");
        }
        if (reps != 0) {
            Checks.inRange("reps", reps, 1, 50);
        } else {
            Checks.inRange("hold-seconds", holdSeconds, 5, 300);
        }
    }

    /** {@code sets} x {@code reps} repetitions. */
    public static Exercise reps(StrengthExercise exercise, int sets, int reps) {
        return new Exercise(exercise, sets, reps, 0);
    }

    /** {@code sets} holds of {@code seconds}. */
    public static Exercise hold(StrengthExercise exercise, int sets, int seconds) {
        return new Exercise(exercise, sets, 0, seconds);
    }
}
