package dev.recovery.importer.fit;

import dev.recovery.core.unit.Checks;
import java.util.List;

/**
 * A block of steps done several times, e.g. 6 x (800 m at 5K pace, 400 m recovery). In a FIT file
 * it is its steps followed by a repeat step ({@code repeat_until_steps_cmplt}) pointing back to the
 * block's first step, with the number of times in its target value.
 *
 * @param times how many times the block is done in all, 1 to {@link #MAX_TIMES}
 * @param steps the block, 1 or more steps (no nested repeats)
 */
public record FitRepeat(int times, List<FitWorkoutStep> steps) implements FitWorkoutItem {

    /** The most repetitions accepted: more than any track session, and what watches display. */
    public static final int MAX_TIMES = 99;

    /** @throws IllegalArgumentException if {@code times} is out of range or the block is empty */
    public FitRepeat {
        Checks.inRange("times", times, 1, MAX_TIMES);
        Checks.required("steps", steps, "one or more steps");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw Checks.invalid("steps", "none", "one or more steps to repeat");
        }
    }

    /**
     * A repeated block.
     *
     * @param times how many times in all
     * @param steps the steps
     * @return the block
     */
    public static FitRepeat of(int times, FitWorkoutStep... steps) {
        return new FitRepeat(times, List.of(steps));
    }

    @Override
    public int messageCount() {
        return steps.size() + 1;
    }
}
