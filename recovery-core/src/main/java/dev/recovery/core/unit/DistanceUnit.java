package dev.recovery.core.unit;

import java.util.Locale;

/**
 * The unit a runner reads distances in: kilometres or miles. Inside the library every distance is metres.
 *
 * @since 0.1.0
 */
public enum DistanceUnit {
    /** Kilometres: 1,000 metres. */
    KM(1_000.0, "km"),
    /** International miles: exactly 1,609.344 metres. */
    MI(1_609.344, "mi");

    private final double metres;
    private final String symbol;

    DistanceUnit(double metres, String symbol) {
        this.metres = metres;
        this.symbol = symbol;
    }

    /** How many metres one of this unit is. */
    public double metres() {
        return metres;
    }

    /** The short symbol shown after a number: {@code km} or {@code mi}. */
    public String symbol() {
        return symbol;
    }

    /**
     * Parses {@code km}, {@code kilometres}, {@code mi}, {@code miles} (any case).
     *
     * @throws IllegalArgumentException naming the field {@code units} and the accepted values
     */
    public static DistanceUnit parse(String text) {
        if (text != null) {
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "km", "k", "kms", "kilometre", "kilometres", "kilometer", "kilometers":
                    return KM;
                case "mi", "mile", "miles":
                    return MI;
                default:
                    break;
            }
        }
        throw Checks.invalid("units", text, "km or mi");
    }
}
