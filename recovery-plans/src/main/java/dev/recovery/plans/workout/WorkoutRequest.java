package dev.recovery.plans.workout;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;

/**
 * What a workout is built from: the runner's training paces, the week it sits in and how long the
 * run should be.
 *
 * @param paces        the runner's VDOT training paces (E, M, T, I, R)
 * @param weekMetres   the week's planned running in metres, from {@value #MIN_WEEK_METRES} to
 *                     {@value #MAX_WEEK_METRES}; the main-set caps are fractions of it
 * @param phase        the week's phase (base, build, peak, cutback, taper, race week)
 * @param weekInPhase  the week's place in its phase, from 0 (its first week) to {@value #MAX_WEEK_IN_PHASE};
 *                     sessions progress with it
 * @param targetMetres the run's planned distance in metres, from {@value #MIN_TARGET_METRES} to
 *                     {@value Workout#MAX_METRES}; sessions fill it exactly where their structure fits
 */
public record WorkoutRequest(TrainingPaces paces, int weekMetres, TrainingPhase phase, int weekInPhase, int targetMetres) {

    /** The smallest week a workout is sized for: 5 km, below the race week of the lowest-volume plan. */
    public static final int MIN_WEEK_METRES = 5_000;
    /** The largest week: 400 km, far beyond any plan. */
    public static final int MAX_WEEK_METRES = 400_000;
    /** The latest week of a phase: plans run at most a year. */
    public static final int MAX_WEEK_IN_PHASE = 51;
    /** The shortest run: 1 km. */
    public static final int MIN_TARGET_METRES = 1_000;

    /**
     * Validates the request.
     *
     * @param paces        the runner's training paces
     * @param weekMetres   the week's planned running in metres
     * @param phase        the week's phase
     * @param weekInPhase  the week's place in its phase, from 0
     * @param targetMetres the run's planned distance in metres
     * @throws IllegalArgumentException naming the field, the value and what is allowed
     */
    public WorkoutRequest {
        Checks.required("paces", paces, "the runner's training paces");
        Checks.inRange("week", weekMetres, MIN_WEEK_METRES, MAX_WEEK_METRES);
        Checks.requiredOneOf("phase", phase, TrainingPhase.class);
        Checks.inRange("week in phase", weekInPhase, 0, MAX_WEEK_IN_PHASE);
        Checks.inRange("target", targetMetres, MIN_TARGET_METRES, Workout.MAX_METRES);
    }

    /**
     * A request over distances in any unit, rounded to whole metres.
     *
     * @param paces       the runner's training paces
     * @param week        the week's planned running
     * @param phase       the week's phase
     * @param weekInPhase the week's place in its phase, from 0
     * @param target      the run's planned distance
     * @return the request
     * @throws IllegalArgumentException naming the field, the value and what is allowed
     */
    public static WorkoutRequest of(TrainingPaces paces, Distance week, TrainingPhase phase, int weekInPhase, Distance target) {
        Checks.required("week", week, "a distance");
        Checks.required("target", target, "a distance");
        return new WorkoutRequest(paces, (int) Math.min(Integer.MAX_VALUE, Math.round(week.metres())), phase, weekInPhase,
                (int) Math.min(Integer.MAX_VALUE, Math.round(target.metres())));
    }

    /**
     * A copy for a run of another length.
     *
     * @param metres the run's planned distance in metres
     * @return the copy
     * @throws IllegalArgumentException naming {@code target} if {@code metres} is out of range
     */
    public WorkoutRequest withTargetMetres(int metres) {
        return new WorkoutRequest(paces, weekMetres, phase, weekInPhase, metres);
    }
}
