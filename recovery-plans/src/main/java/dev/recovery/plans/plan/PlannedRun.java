package dev.recovery.plans.plan;

import dev.recovery.core.log.RunType;
import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.plans.workout.Step;
import dev.recovery.plans.workout.StepType;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutPart;
import dev.recovery.plans.workout.Zone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One planned run: a structured workout (warm-up, main set, recoveries, cool-down, strides). Its
 * type, distance, pace and expected duration are all derived from the workout's steps, so the run's
 * distance is always the sum of its steps.
 *
 * @param workout the session, step by step
 * @since 0.1.0
 */
public record PlannedRun(Workout workout) {

    /**
     * The least easy running a shortened structured run keeps before the whole session gives way to
     * an easy run: 1 km (a product choice; below it the warm-up is not a warm-up).
     */
    static final int MIN_EASY_STEP_METRES = 1_000;

    /** @throws IllegalArgumentException if the workout is missing */
    public PlannedRun {
        Checks.required("workout", workout, "a workout");
    }

    /**
     * A planned run of {@code workout}.
     *
     * @param workout the session
     * @return the run
     * @throws IllegalArgumentException if the workout is missing
     */
    public static PlannedRun of(Workout workout) {
        return new PlannedRun(workout);
    }

    /**
     * A run with no structure of its own: one step of {@code type}'s kind over {@code distance} at
     * {@code pace}. Plans saved before runs were workouts read back this way, and an adaptation's
     * short easy run is one.
     *
     * @param type     easy, long, tempo, intervals, marathon-pace, recovery or race
     * @param distance how far, more than 0 (rounded to whole metres)
     * @param pace     the pace range to run it in
     * @return the run
     * @throws IllegalArgumentException naming the field if a part is missing or the distance is out of range
     */
    public static PlannedRun of(RunType type, Distance distance, PaceRange pace) {
        Checks.requiredOneOf("type", type, RunType.class);
        Checks.required("distance", distance, "a distance more than 0");
        Checks.required("pace", pace, "a pace range");
        int metres = (int) Math.round(distance.metres());
        if (metres <= 0) {
            throw Checks.invalidFormatted("distance", distance.toString(), "more than 0");
        }
        return new PlannedRun(Workout.of(WorkoutKind.of(type), Step.ofMetres(StepType.WORK, zoneOf(type), metres, pace)));
    }

    /** The run's role in the week (easy, recovery, intervals, ...). */
    public WorkoutKind kind() {
        return workout.kind();
    }

    /** The type recovery-core logs the run as ({@link WorkoutKind#runType()}). */
    public RunType type() {
        return workout.kind().runType();
    }

    /** How far: the sum of the workout's steps, in whole metres. */
    public Distance distance() {
        return workout.distance();
    }

    /**
     * The pace range of the run's main set: its first work step at a quality zone (M, T, I or R),
     * or its first work step when it is all easy (the recovery run's is the slow end of the easy
     * range alone).
     */
    public PaceRange pace() {
        Step first = null;
        for (Step step : workout.steps()) {
            if (step.isQualityWork()) {
                return step.pace();
            }
            if (first == null && step.type() == StepType.WORK) {
                first = step;
            }
        }
        return first != null ? first.pace() : workout.steps().get(0).pace();
    }

    /**
     * A copy shortened or lengthened to {@code value} (rounded to whole metres). The easy running
     * of a structured run (the warm-up or the easy steps) takes the difference, so the main set is
     * kept; when the easy running cannot give enough, the run becomes an easy run of that length. A
     * run of a single step at a pace other than easy (a tempo saved before runs were workouts) keeps
     * its kind and pace and is shortened or lengthened in place.
     *
     * @param value the new distance, more than 0
     * @return the copy
     * @throws IllegalArgumentException naming {@code distance} if it is missing or not positive
     */
    public PlannedRun withDistance(Distance value) {
        Checks.required("distance", value, "a distance more than 0");
        int target = (int) Math.round(value.metres());
        if (target <= 0) {
            throw Checks.invalidFormatted("distance", value.toString(), "more than 0");
        }
        int change = target - workout.metres();
        if (change == 0) {
            return this;
        }
        List<WorkoutPart> parts = workout.parts();
        int longest = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Step step && isEasyRunning(step)
                    && (longest < 0 || step.metres() > ((Step) parts.get(longest)).metres())) {
                longest = i;
            }
        }
        if (longest >= 0) {
            Step step = (Step) parts.get(longest);
            int metres = step.metres() + change;
            boolean single = parts.size() == 1;
            if (metres >= (single ? 1 : MIN_EASY_STEP_METRES) && metres <= Step.MAX_METRES) {
                List<WorkoutPart> out = new ArrayList<>(parts);
                out.set(longest, step.withMetres(metres));
                return new PlannedRun(new Workout(workout.kind(), out));
            }
        }
        if (parts.size() == 1 && parts.get(0) instanceof Step only && only.zone() != Zone.E) {
            // A run of one step at its own pace (a tempo saved before runs were workouts) stays that
            // run, shorter: it has no easy pace to become an easy run at.
            return new PlannedRun(new Workout(workout.kind(), List.of(only.withMetres(Math.min(target, Step.MAX_METRES)))));
        }
        PaceRange easy = easyPace();
        WorkoutKind kind = workout.kind() == WorkoutKind.RECOVERY ? WorkoutKind.RECOVERY : WorkoutKind.EASY;
        return new PlannedRun(Workout.of(kind, Step.ofMetres(StepType.WORK, Zone.E, Math.min(target, Step.MAX_METRES), easy)));
    }

    /** True for the hard days: quality sessions, the long run and the race ({@link WorkoutKind#isHard()}). */
    public boolean isHard() {
        return workout.isHard();
    }

    /** How long the run is expected to take: the sum of its steps' estimated durations. */
    public Duration expectedDuration() {
        return workout.duration();
    }

    private PaceRange easyPace() {
        for (Step step : workout.steps()) {
            if (step.zone() == Zone.E) {
                return step.pace();
            }
        }
        return pace();
    }

    private static boolean isEasyRunning(Step step) {
        return step.zone() == Zone.E && (step.type() == StepType.WORK || step.type() == StepType.WARMUP);
    }

    private static Zone zoneOf(RunType type) {
        return switch (type) {
            case TEMPO -> Zone.T;
            case INTERVALS -> Zone.I;
            case MARATHON_PACE, RACE -> Zone.M;
            default -> Zone.E;
        };
    }
}
