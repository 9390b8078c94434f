package dev.recovery.plans.workout;

import dev.recovery.core.pace.PaceRange;
import dev.recovery.core.unit.Checks;

/**
 * One step of a workout: what it is for, its zone, the pace to run it at, and how far and how long
 * it is. One of distance and duration is planned; the other is estimated from the pace, at the slow
 * end of the pace range, so a time is never underestimated. Both are whole numbers (metres and
 * seconds), so a workout's totals are exact sums.
 *
 * @param type    warm-up, work, recovery, cool-down or strides
 * @param zone    the training zone; warm-ups, cool-downs and recoveries are always E, strides R
 * @param metres  the distance in metres, from 1 to {@value #MAX_METRES}
 * @param seconds the duration in seconds, from 1 to {@value #MAX_SECONDS}
 * @param planned which of {@code metres} and {@code seconds} the plan sets; the other must be the
 *                estimate from {@code pace}
 * @param pace    the pace to run the step at (the runner's pace for the zone, or part of it)
 */
public record Step(StepType type, Zone zone, int metres, int seconds, Planned planned, PaceRange pace) implements WorkoutPart {

    /** The longest step: 50 km, beyond any single segment of a marathon plan. */
    public static final int MAX_METRES = 50_000;
    /** The longest step: 6 hours. */
    public static final int MAX_SECONDS = 6 * 3600;
    /** Paces are per kilometre; steps count metres. */
    private static final double METRES_PER_KM = 1000.0;

    /**
     * Validates the step.
     *
     * @param type    what the step is for
     * @param zone    its training zone
     * @param metres  its distance in metres
     * @param seconds its duration in seconds
     * @param planned which measure is planned
     * @param pace    the pace to run it at
     * @throws IllegalArgumentException naming the field if a part is missing, a measure is out of
     *                                  range, the zone does not fit the type, or the estimated
     *                                  measure is not the estimate of the planned one at the pace
     */
    public Step {
        Checks.requiredOneOf("step type", type, StepType.class);
        Checks.requiredOneOf("zone", zone, Zone.class);
        Checks.requiredOneOf("planned", planned, Planned.class);
        Checks.required("pace", pace, "a pace range");
        Checks.inRange("metres", metres, 1, MAX_METRES);
        Checks.inRange("seconds", seconds, 1, MAX_SECONDS);
        boolean easyOnly = type == StepType.WARMUP || type == StepType.COOLDOWN || type == StepType.RECOVERY;
        if (easyOnly && zone != Zone.E) {
            throw Checks.invalidFormatted("zone", zone.id(), "E for a " + type.id() + " step");
        }
        if (type == StepType.STRIDES && zone != Zone.R) {
            throw Checks.invalidFormatted("zone", zone.id(), "R for strides");
        }
        int expected = planned == Planned.DISTANCE ? secondsAt(metres, pace) : metresIn(seconds, pace);
        int estimated = planned == Planned.DISTANCE ? seconds : metres;
        if (estimated != expected) {
            throw Checks.invalidFormatted(planned == Planned.DISTANCE ? "seconds" : "metres", String.valueOf(estimated),
                    expected + ", the estimate at " + pace.slow() + " of the planned " + (planned == Planned.DISTANCE
                            ? metres + " m" : seconds + " s"));
        }
    }

    /**
     * A step planned by distance; its duration is estimated at the slow end of {@code pace}.
     *
     * @param type   what the step is for
     * @param zone   its training zone
     * @param metres how far, from 1 to {@value #MAX_METRES} m
     * @param pace   the pace to run it at
     * @return the step
     * @throws IllegalArgumentException if a part is missing or out of range
     */
    public static Step ofMetres(StepType type, Zone zone, int metres, PaceRange pace) {
        Checks.required("pace", pace, "a pace range");
        return new Step(type, zone, metres, secondsAt(metres, pace), Planned.DISTANCE, pace);
    }

    /**
     * A step planned by duration; its distance is estimated at the slow end of {@code pace}.
     *
     * @param type    what the step is for
     * @param zone    its training zone
     * @param seconds how long, from 1 to {@value #MAX_SECONDS} s
     * @param pace    the pace to run it at
     * @return the step
     * @throws IllegalArgumentException if a part is missing or out of range
     */
    public static Step ofSeconds(StepType type, Zone zone, int seconds, PaceRange pace) {
        Checks.required("pace", pace, "a pace range");
        return new Step(type, zone, metresIn(seconds, pace), seconds, Planned.DURATION, pace);
    }

    /**
     * A copy planned over {@code value} metres, its duration estimated again.
     *
     * @param value the new distance in metres
     * @return the copy, planned by distance
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public Step withMetres(int value) {
        return ofMetres(type, zone, value, pace);
    }

    /** {@return true for a main-set step at a quality zone (M, T, I or R)} */
    public boolean isQualityWork() {
        return type == StepType.WORK && zone.isQuality();
    }

    /** The whole seconds {@code metres} take at the slow end of {@code pace}, at least 1. */
    static int secondsAt(int metres, PaceRange pace) {
        return Math.max(1, (int) Math.round(metres * pace.slow().secondsPerKm() / METRES_PER_KM));
    }

    /** The whole metres covered in {@code seconds} at the slow end of {@code pace}, at least 1. */
    static int metresIn(int seconds, PaceRange pace) {
        return Math.max(1, (int) Math.round(seconds * METRES_PER_KM / pace.slow().secondsPerKm()));
    }
}
