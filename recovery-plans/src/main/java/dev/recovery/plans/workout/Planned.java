package dev.recovery.plans.workout;

/**
 * Which of a step's two measures the plan sets; the other is an estimate from the runner's paces.
 * A 1000 m interval is planned by distance (its time is estimated); a 20-min tempo or a 3-min jog by
 * duration (its distance is estimated).
 */
public enum Planned {
    /** The distance is planned; the duration is estimated at the step's pace. */
    DISTANCE,
    /** The duration is planned; the distance is estimated at the step's pace. */
    DURATION
}
