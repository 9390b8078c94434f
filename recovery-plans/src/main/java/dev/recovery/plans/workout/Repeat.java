package dev.recovery.plans.workout;

import dev.recovery.core.unit.Checks;
import java.util.List;

/**
 * A set of steps run {@code count} times in a row, such as 5 x (1000 m at I, 3 min jog).
 *
 * @param count how many rounds, from {@value #MIN_COUNT} to {@value #MAX_COUNT}
 * @param steps the steps of one round, in order; at least one, none of them a repeat
 */
public record Repeat(int count, List<Step> steps) implements WorkoutPart {

    /** A repeat has at least two rounds; one round is just its steps. */
    public static final int MIN_COUNT = 2;
    /** At most 50 rounds: more than any session of the library prescribes (12 x 200 m R at most). */
    public static final int MAX_COUNT = 50;

    /**
     * Validates the repeat.
     *
     * @param count how many rounds
     * @param steps one round's steps
     * @throws IllegalArgumentException naming {@code repeat} or {@code steps} if the count is out of range or there are no steps
     */
    public Repeat {
        Checks.inRange("repeat", count, MIN_COUNT, MAX_COUNT);
        Checks.required("steps", steps, "at least one step");
        if (steps.isEmpty()) {
            throw Checks.invalidFormatted("steps", "none", "at least one step in a repeat");
        }
        steps = List.copyOf(steps);
    }

    /**
     * {@code count} rounds of {@code steps}.
     *
     * @param count how many rounds
     * @param steps one round
     * @return the repeat
     * @throws IllegalArgumentException if the count is out of range or there are no steps
     */
    public static Repeat of(int count, Step... steps) {
        return new Repeat(count, List.of(steps));
    }

    @Override
    public int metres() {
        int round = 0;
        for (Step step : steps) {
            round += step.metres();
        }
        return count * round;
    }

    @Override
    public int seconds() {
        int round = 0;
        for (Step step : steps) {
            round += step.seconds();
        }
        return count * round;
    }
}
