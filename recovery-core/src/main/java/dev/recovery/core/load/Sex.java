package dev.recovery.core.load;

import dev.recovery.core.unit.Checks;

/**
 * The sex used by Banister's TRIMP weighting: heart-rate-to-lactate curves differ on average
 * between women and men, so the exponential weighting differs (1.67 against 1.92).
 *
 * @since 0.1.0
 */
public enum Sex {
    /** Exponent 1.67 (Banister 1975). */
    FEMALE,
    /** Exponent 1.92 (Banister 1975). */
    MALE;

    /** The id shown to users: {@code female} or {@code male}. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code female}/{@code f} or {@code male}/{@code m}.
     *
     * @throws IllegalArgumentException naming {@code sex}, the text and the accepted values
     */
    public static Sex parse(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("f")) {
                return FEMALE;
            }
            if (t.equals("m")) {
                return MALE;
            }
        }
        return Checks.parseEnum("sex", text, Sex.class);
    }
}
