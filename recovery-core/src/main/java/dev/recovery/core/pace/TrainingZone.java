package dev.recovery.core.pace;

import dev.recovery.core.unit.Checks;
import java.util.OptionalDouble;

/**
 * Daniels' five training intensities, from slowest to fastest, with the fraction of VDOT each is
 * run at (Daniels 2014; docs/reference/paces.md). A pace comes from solving the oxygen-cost equation for the
 * speed whose cost is that fraction of the runner's VDOT.
 *
 * <p>Marathon pace is not a fixed fraction: it is the predicted marathon time's average pace
 * (about 0.80-0.84 of VDOT, lower for slower runners, who are out longer).
 *
 * @since 0.1.0
 */
public enum TrainingZone {
    /**
     * Easy: relaxed, conversational runs, most of the week's volume. A range from 0.63 of VDOT
     * (slow end) to 0.73 (fast end), docs/reference/paces.md; the fast end is then held at least 90 s/mile
     * slower than marathon pace (Chung, in Postma and Chung), see {@link TrainingPaces}.
     */
    EASY('E', 0.63, 0.73),
    /** Marathon pace: the predicted marathon time's average pace (no fixed fraction: NaN marks "none"). */
    MARATHON('M', Double.NaN, Double.NaN),
    /** Threshold ("tempo"): comfortably hard, about an hour's race effort; 0.88 of VDOT (docs/reference/paces.md). */
    THRESHOLD('T', 0.88, 0.88),
    /** Interval: hard repeats of 3-5 min at about 3,000-5,000 m race effort; 0.975 of VDOT (docs/reference/paces.md). */
    INTERVAL('I', 0.975, 0.975),
    /** Repetition: short, fast repeats with full recovery for speed and economy; 1.05 of VDOT (docs/reference/paces.md). */
    REPETITION('R', 1.05, 1.05);

    private final char letter;
    private final double slowFraction;
    private final double fastFraction;

    TrainingZone(char letter, double slowFraction, double fastFraction) {
        this.letter = letter;
        this.slowFraction = slowFraction;
        this.fastFraction = fastFraction;
    }

    /** Daniels' letter: E, M, T, I or R. */
    public char letter() {
        return letter;
    }

    /** The fraction of VDOT at the slow end of the zone; empty for marathon pace, which is predicted instead. */
    public OptionalDouble slowFraction() {
        return Double.isNaN(slowFraction) ? OptionalDouble.empty() : OptionalDouble.of(slowFraction);
    }

    /** The fraction of VDOT at the fast end of the zone; empty for marathon pace. */
    public OptionalDouble fastFraction() {
        return Double.isNaN(fastFraction) ? OptionalDouble.empty() : OptionalDouble.of(fastFraction);
    }

    /** The id shown to users: {@code easy}, {@code marathon}, {@code threshold}, {@code interval}, {@code repetition}. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses an id or letter ({@code easy} or {@code e}, {@code m}, {@code t}, {@code i}, {@code r}).
     *
     * @throws IllegalArgumentException naming {@code zone}, the text and the accepted values
     */
    public static TrainingZone parse(String text) {
        if (text != null && text.strip().length() == 1) {
            for (TrainingZone zone : values()) {
                if (Character.toUpperCase(text.strip().charAt(0)) == zone.letter) {
                    return zone;
                }
            }
        }
        return Checks.parseEnum("zone", text, TrainingZone.class);
    }
}
