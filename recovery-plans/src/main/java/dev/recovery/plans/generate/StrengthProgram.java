package dev.recovery.plans.generate;

import static dev.recovery.plans.plan.StrengthExercise.BULGARIAN_SPLIT_SQUAT_HOLD;
import static dev.recovery.plans.plan.StrengthExercise.GLUTE_BRIDGE;
import static dev.recovery.plans.plan.StrengthExercise.GLUTE_MEDIUS_KICKBACK;
import static dev.recovery.plans.plan.StrengthExercise.HEAVY_CALF_RAISE;
import static dev.recovery.plans.plan.StrengthExercise.HIP_HIKE;
import static dev.recovery.plans.plan.StrengthExercise.PLANK;
import static dev.recovery.plans.plan.StrengthExercise.ROMANIAN_DEADLIFT;
import static dev.recovery.plans.plan.StrengthExercise.SQUAT;

import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.plans.plan.Exercise;
import dev.recovery.plans.plan.StrengthWorkout;
import java.util.List;

/**
 * The strength workout of a plan week (Postma and Chung's runner strength advice): squats, a
 * deadlift variation, heavy calf raises, the Bulgarian split squat hold building from 20 s to 2 min,
 * glute medius work (kickbacks, bridges, hip hikes) and core. Dosed across the cycle: ramping in
 * over the first weeks, full in base and build, one set fewer in cutback weeks, maintenance in the
 * peak (fewer sets, same load, holds no longer progressing), light in the taper.
 */
final class StrengthProgram {

    /** The Bulgarian split squat hold in the first week: 20 s. */
    static final int FIRST_HOLD_SECONDS = 20;
    /** The hold reached by the last build week, kept through the peak: 2 min. */
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

    /** Sets in the first weeks, as strength ramps in: 1, then 2, then full (Chung: start early, start light). */
    static final int[] RAMP_IN_SETS = {1, 2};
    /** Sets in a cutback week: one fewer than full. */
    static final int CUTBACK_SETS = FULL_SETS - 1;
    /** Sets in a peak week: maintenance, fewer sets at the same load ("you'd be surprised how little it takes to maintain"). */
    static final int MAINTENANCE_SETS = 2;

    /** True for the weeks whose holds progress: base and build weeks that are not cutbacks. */
    static boolean progresses(TrainingPhase phase, boolean cutback) {
        return !cutback && (phase == TrainingPhase.BASE || phase == TrainingPhase.BUILD);
    }

    /** The sets of week {@code week} (from 0): ramping in, full, one fewer in a cutback, maintenance in the peak. */
    static int sets(TrainingPhase phase, boolean cutback, int week) {
        int sets = phase == TrainingPhase.PEAK ? MAINTENANCE_SETS : cutback ? CUTBACK_SETS : FULL_SETS;
        return week < RAMP_IN_SETS.length ? Math.min(sets, RAMP_IN_SETS[week]) : sets;
    }

    /** Why the week's strength has its dose. */
    static Reason reason(TrainingPhase phase, boolean cutback, int week, int sets) {
        String why = week < RAMP_IN_SETS.length ? "ramping in" : phase == TrainingPhase.PEAK ? "peak maintenance, same load, hold kept"
                : cutback ? "cutback week, one set fewer" : "full";
        return PlanRule.STRENGTH_CYCLE.reason("strength: " + sets + (sets == 1 ? " set" : " sets") + ", " + why);
    }

    /**
     * A base, build or peak workout: every exercise at {@code sets} sets, the Bulgarian split squat
     * held {@code holdSeconds}.
     */
    static StrengthWorkout workout(int sets, int holdSeconds) {
        return new StrengthWorkout(false, List.of(
                Exercise.reps(SQUAT, sets, 8),
                Exercise.reps(ROMANIAN_DEADLIFT, sets, 8),
                Exercise.reps(HEAVY_CALF_RAISE, sets, 10),
                Exercise.hold(BULGARIAN_SPLIT_SQUAT_HOLD, sets, holdSeconds),
                Exercise.reps(GLUTE_MEDIUS_KICKBACK, sets, 12),
                Exercise.reps(GLUTE_BRIDGE, sets, 12),
                Exercise.reps(HIP_HIKE, sets, 12),
                Exercise.hold(PLANK, sets, PLANK_SECONDS)));
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
