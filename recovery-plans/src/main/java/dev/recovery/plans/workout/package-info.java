/**
 * Structured workouts: every run is a list of steps (warm-up, work, recovery, cool-down, strides)
 * and repeats, each step at a training zone (E, M, T, I, R) with a distance and a duration, one
 * planned and the other estimated from the runner's VDOT paces. The run's distance and duration are
 * the sums of its steps.
 *
 * <p>{@link dev.recovery.plans.workout.WorkoutLibrary} builds each kind of session (strides, hills,
 * short repetitions, tempo and cruise intervals, intervals, marathon-pace runs, long runs with a
 * marathon-pace segment, medium-long, recovery and easy runs, race-week sharpeners and shake-outs)
 * from a {@link dev.recovery.plans.workout.WorkoutRequest}, progressed across the phases and sized
 * within {@link dev.recovery.plans.workout.IntensityLimits} (Daniels' Running Formula, 3rd ed. 2014;
 * Pfitzinger &amp; Douglas, Advanced Marathoning). {@link dev.recovery.plans.workout.WorkoutText}
 * writes a workout for a runner to read and {@link dev.recovery.plans.workout.WorkoutJson} gives the
 * plain structure the JSON exports serialise.
 */
package dev.recovery.plans.workout;
