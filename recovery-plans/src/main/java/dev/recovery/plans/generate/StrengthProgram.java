package dev.recovery.plans.generate;

import static dev.recovery.plans.plan.StrengthExercise.BULGARIAN_SPLIT_SQUAT_HOLD;
import static dev.recovery.plans.plan.StrengthExercise.GLUTE_BRIDGE;
import static dev.recovery.plans.plan.StrengthExercise.GLUTE_MEDIUS_KICKBACK;
import static dev.recovery.plans.plan.StrengthExercise.HEAVY_CALF_RAISE;
import static dev.recovery.plans.plan.StrengthExercise.HIP_HIKE;
import static dev.recovery.plans.plan.StrengthExercise.PLANK;
import static dev.recovery.plans.plan.StrengthExercise.ROMANIAN_DEADLIFT;
import static dev.recovery.plans.plan.StrengthExercise.SQUAT;

import dev.recovery.plans.plan.Exercise;
import dev.recovery.plans.plan.StrengthWorkout;
import java.util.List;

/**
 * The strength workout of a plan week (RULES.md 5, Chung/Postma seed 000): squats, a deadlift
 * variation, heavy calf raises, the Bulgarian split squat hold building from 20 s to 2 min, glute
 * medius work (kickbacks, bridges, hip hikes) and core. The taper keeps it lighter.
 */
final class StrengthProgram {

    /** The Bulgarian split squat hold in the first week: 20 s (RULES.md 5). */
    static final int FIRST_HOLD_SECONDS = 20;
    /** The hold reached by the last peak week: 2 min (RULES.md 5). */
    static final int LAST_HOLD_SECONDS = 120;
    /** Holds move in 5-second steps, as a runner would time them. */
    static final int HOLD_STEP_SECONDS = 5;
    /** Sets in a full workout. */
    static final int FULL_SETS = 3;
    /** Sets in a light taper workout: one fewer. */
    static final int LIGHT_SETS = 2;
    /** Taper holds are half the peak hold. */
    static final int LIGHT_HOLD_SECONDS = LAST_HOLD_SECONDS / 2;
    /** Core plank hold. */
    static final int PLANK_SECONDS = 45;

    private StrengthProgram() {
    }

    /** The Bulgarian split squat hold for week {@code week} of {@code weeks} strength-building weeks: 20 s up to 120 s. */
    static int holdSeconds(int week, int weeks) {
        if (weeks <= 1) {
            return LAST_HOLD_SECONDS;
        }
        double exact = FIRST_HOLD_SECONDS + (LAST_HOLD_SECONDS - FIRST_HOLD_SECONDS) * (double) week / (weeks - 1);
        return (int) Math.round(exact / HOLD_STEP_SECONDS) * HOLD_STEP_SECONDS;
    }

    /** Full workouts by hold, built once: workouts are immutable, so plans share them. */
    private static final StrengthWorkout[] FULL = new StrengthWorkout[LAST_HOLD_SECONDS / HOLD_STEP_SECONDS + 1];

    static {
        for (int hold = FIRST_HOLD_SECONDS; hold <= LAST_HOLD_SECONDS; hold += HOLD_STEP_SECONDS) {
            FULL[hold / HOLD_STEP_SECONDS] = create(hold);
        }
    }

    /** A full workout for base, build and peak weeks, with the Bulgarian split squat held {@code holdSeconds} (20-120, a multiple of 5). */
    static StrengthWorkout full(int holdSeconds) {
        return FULL[holdSeconds / HOLD_STEP_SECONDS];
    }

    private static StrengthWorkout create(int holdSeconds) {
        return new StrengthWorkout(false, List.of(
                Exercise.reps(SQUAT, FULL_SETS, 8),
                Exercise.reps(ROMANIAN_DEADLIFT, FULL_SETS, 8),
                Exercise.reps(HEAVY_CALF_RAISE, FULL_SETS, 10),
                Exercise.hold(BULGARIAN_SPLIT_SQUAT_HOLD, FULL_SETS, holdSeconds),
                Exercise.reps(GLUTE_MEDIUS_KICKBACK, FULL_SETS, 12),
                Exercise.reps(GLUTE_BRIDGE, FULL_SETS, 12),
                Exercise.reps(HIP_HIKE, FULL_SETS, 12),
                Exercise.hold(PLANK, FULL_SETS, PLANK_SECONDS)));
    }

    /** The light taper workout: fewer sets, body-weight calf raises, half holds. */
    static final StrengthWorkout LIGHT = new StrengthWorkout(true, List.of(
            Exercise.reps(SQUAT, LIGHT_SETS, 6),
            Exercise.reps(ROMANIAN_DEADLIFT, LIGHT_SETS, 6),
            Exercise.reps(HEAVY_CALF_RAISE, LIGHT_SETS, 8),
            Exercise.hold(BULGARIAN_SPLIT_SQUAT_HOLD, LIGHT_SETS, LIGHT_HOLD_SECONDS),
            Exercise.reps(GLUTE_MEDIUS_KICKBACK, LIGHT_SETS, 10),
            Exercise.reps(GLUTE_BRIDGE, LIGHT_SETS, 10),
            Exercise.reps(HIP_HIKE, LIGHT_SETS, 10),
            Exercise.hold(PLANK, LIGHT_SETS, PLANK_SECONDS)));
}
