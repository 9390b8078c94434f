package dev.recovery.importer.fit;

/** One item of a planned workout: a single step, or a block of steps repeated. */
public sealed interface FitWorkoutItem permits FitWorkoutStep, FitRepeat {

    /**
     * How many workout_step messages the item takes in a FIT file: 1 for a step; a repeat's steps
     * plus 1 for the repeat step itself.
     *
     * @return the count, at least 1
     */
    int messageCount();
}
