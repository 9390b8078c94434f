package dev.recovery.core.episode;

import dev.recovery.core.unit.Checks;

/**
 * One step of the graded return to run: {@code repeats} times {@code runMinutes} of easy running and
 * {@code walkMinutes} of walking, or continuous easy running when there is no walk.
 *
 * @param number      the step's place, from 1
 * @param runMinutes  minutes of easy running per repeat, 1-120
 * @param walkMinutes minutes of walking per repeat, 0 for continuous running
 * @param repeats     how many times, 1-20
 */
public record ReturnToRunStep(int number, int runMinutes, int walkMinutes, int repeats) {

    /** @throws IllegalArgumentException naming the first part out of range */
    public ReturnToRunStep {
        Checks.inRange("step", number, 1, 100);
        Checks.inRange("run minutes", runMinutes, 1, 120);
        Checks.inRange("walk minutes", walkMinutes, 0, 60);
        Checks.inRange("repeats", repeats, 1, 20);
    }

    /**
     * True for continuous easy running (no walking).
     *
     * @return whether the step is continuous
     */
    public boolean isContinuous() {
        return walkMinutes == 0;
    }

    /**
     * Total minutes of the session.
     *
     * @return minutes
     */
    public int totalMinutes() {
        return (runMinutes + walkMinutes) * repeats;
    }

    /**
     * What to do, in plain words: {@code run 1 min, walk 4 min, 6 times (30 min)}.
     *
     * @return the description
     */
    public String describe() {
        if (isContinuous()) {
            return "run " + runMinutes * repeats + " min continuously at an easy pace";
        }
        return "run " + runMinutes + " min, walk " + walkMinutes + " min, " + repeats + " times (" + totalMinutes()
                + " min), running at an easy pace";
    }
}
