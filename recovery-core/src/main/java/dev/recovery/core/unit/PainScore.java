package dev.recovery.core.unit;

/**
 * Pain right now on the 0-10 numeric rating scale: 0 is no pain, 10 the worst imaginable.
 *
 * @param value a whole number from 0 to 10
 * @since 0.1.0
 */
public record PainScore(int value) implements Comparable<PainScore> {

    /** The lowest score: no pain. */
    public static final int MIN = 0;
    /** The highest score: the worst pain imaginable. */
    public static final int MAX = 10;

    /** @throws IllegalArgumentException if {@code value} is outside 0-10 */
    public PainScore {
        Checks.inRange("pain", value, MIN, MAX);
    }

    /** The score {@code value}. */
    public static PainScore of(int value) {
        return new PainScore(value);
    }

    /**
     * Parses a whole number from 0 to 10 (e.g. {@code "3"}, {@code "3/10"}).
     *
     * @throws IllegalArgumentException naming {@code pain}, the text and the range
     */
    public static PainScore parse(String text) {
        return new PainScore(WholeNumbers.parse("pain", text, "/10", MIN, MAX));
    }

    /** True if this score is above {@code other}. */
    public boolean isAbove(int other) {
        return value > other;
    }

    @Override
    public int compareTo(PainScore other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + "/10";
    }
}
