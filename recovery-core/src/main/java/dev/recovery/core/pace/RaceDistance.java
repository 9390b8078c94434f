package dev.recovery.core.pace;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;

/**
 * The standard road races the library predicts times for.
 *
 * @since 0.1.0
 */
public enum RaceDistance {
    /** 5 km. */
    FIVE_K("5K", Distance.ofMetres(5_000)),
    /** 10 km. */
    TEN_K("10K", Distance.ofMetres(10_000)),
    /** The half marathon, 21.0975 km. */
    HALF_MARATHON("half", Distance.ofMetres(21_097.5)),
    /** The marathon, 42.195 km. */
    MARATHON("marathon", Distance.MARATHON);

    private final String label;
    private final Distance distance;

    RaceDistance(String label, Distance distance) {
        this.label = label;
        this.distance = distance;
    }

    /** The race's length. */
    public Distance distance() {
        return distance;
    }

    /** How runners name it: {@code 5K}, {@code 10K}, {@code half}, {@code marathon}. */
    public String label() {
        return label;
    }

    /**
     * Parses a label ({@code 5k}, {@code 10k}, {@code half}, {@code marathon}) or an id
     * ({@code five-k}, {@code half-marathon}), ignoring case.
     *
     * @throws IllegalArgumentException naming {@code race}, the text and the accepted values
     */
    public static RaceDistance parse(String text) {
        if (text != null) {
            for (RaceDistance race : values()) {
                if (race.label.equalsIgnoreCase(text.strip())) {
                    return race;
                }
            }
        }
        try {
            return Checks.parseEnum("race", text, RaceDistance.class);
        } catch (IllegalArgumentException e) {
            throw Checks.invalid("race", text, "one of 5K, 10K, half, marathon");
        }
    }
}
