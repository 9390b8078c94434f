package dev.recovery.core.unit;

/**
 * Rating of perceived exertion on Foster's CR-10 scale, 1 (very easy) to 10 (maximal): how hard a
 * whole session felt, asked about 30 minutes after it ends. Session load is minutes x RPE.
 *
 * @param value a whole number from 1 to 10
 * @since 0.1.0
 */
public record Rpe(int value) implements Comparable<Rpe> {

    /** The lowest rating: very, very easy (a rating of 0 would mean rest, which is not a session). */
    public static final int MIN = 1;
    /** The highest rating: maximal effort. */
    public static final int MAX = 10;

    /** @throws IllegalArgumentException if {@code value} is outside 1-10 */
    public Rpe {
        Checks.inRange("rpe", value, MIN, MAX);
    }

    /** The rating {@code value}. */
    public static Rpe of(int value) {
        return new Rpe(value);
    }

    /**
     * Parses a whole number from 1 to 10.
     *
     * @throws IllegalArgumentException naming {@code rpe}, the text and the range
     */
    public static Rpe parse(String text) {
        return new Rpe(WholeNumbers.parse("rpe", text, "/10", MIN, MAX));
    }

    @Override
    public int compareTo(Rpe other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
