package dev.recovery.plans.workout;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One planned run as a structured workout: its role in the week and its steps and repeats, in
 * order. The run's distance and duration are not stored: they are the sums of its steps.
 *
 * @param kind  the session it is (easy, intervals, long run, ...)
 * @param parts the steps and repeats, in the order they are run; at least one
 */
public record Workout(WorkoutKind kind, List<WorkoutPart> parts) {

    /** The longest workout accepted, in metres: 60 km, beyond any run of a marathon plan. */
    public static final int MAX_METRES = 60_000;

    /**
     * Validates the workout.
     *
     * @param kind  the session
     * @param parts its steps and repeats
     * @throws IllegalArgumentException naming the field if the kind or parts are missing, or the run is over {@value #MAX_METRES} m
     */
    public Workout {
        Checks.requiredOneOf("workout", kind, WorkoutKind.class);
        Checks.required("steps", parts, "at least one step");
        if (parts.isEmpty()) {
            throw Checks.invalidFormatted("steps", "none", "at least one step in a workout");
        }
        for (WorkoutPart part : parts) {
            Checks.required("step", part, "a step or a repeat");
        }
        parts = List.copyOf(parts);
        long total = 0;
        for (WorkoutPart part : parts) {
            total += part.metres();
        }
        if (total > MAX_METRES) {
            throw Checks.invalidFormatted("distance", total + " m", "at most " + MAX_METRES + " m for one run");
        }
    }

    /**
     * A workout of {@code parts}.
     *
     * @param kind  the session
     * @param parts its steps and repeats
     * @return the workout
     * @throws IllegalArgumentException if a part is missing or the run is too long
     */
    public static Workout of(WorkoutKind kind, WorkoutPart... parts) {
        return new Workout(kind, List.of(parts));
    }

    /** {@return the run's distance in whole metres: the sum of its steps} */
    public int metres() {
        int total = 0;
        for (WorkoutPart part : parts) {
            total += part.metres();
        }
        return total;
    }

    /** {@return the run's estimated duration in whole seconds: the sum of its steps} */
    public int seconds() {
        int total = 0;
        for (WorkoutPart part : parts) {
            total += part.seconds();
        }
        return total;
    }

    /** {@return the run's distance} */
    public Distance distance() {
        return Distance.ofMetres(metres());
    }

    /** {@return the run's estimated duration} */
    public Duration duration() {
        return Duration.ofSeconds(seconds());
    }

    /** {@return every step in the order run, each repeat expanded round by round} */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (WorkoutPart part : parts) {
            if (part instanceof Repeat repeat) {
                for (int round = 0; round < repeat.count(); round++) {
                    steps.addAll(repeat.steps());
                }
            } else {
                steps.add((Step) part);
            }
        }
        return steps;
    }

    /**
     * The metres of main-set work ({@link StepType#WORK} steps) in {@code zone}; strides are not main-set work.
     *
     * @param zone the zone
     * @return the metres of work in it
     */
    public int mainSetMetres(Zone zone) {
        int total = 0;
        for (Step step : steps()) {
            if (step.type() == StepType.WORK && step.zone() == zone) {
                total += step.metres();
            }
        }
        return total;
    }

    /**
     * The longest single work bout in {@code zone}.
     *
     * @param zone the zone
     * @return its duration in seconds; 0 if there is none
     */
    public int longestBoutSeconds(Zone zone) {
        int longest = 0;
        for (Step step : steps()) {
            if (step.type() == StepType.WORK && step.zone() == zone) {
                longest = Math.max(longest, step.seconds());
            }
        }
        return longest;
    }

    /** {@return true if the run is a hard day (a quality session or the long run)} */
    public boolean isHard() {
        return kind.isHard();
    }
}
