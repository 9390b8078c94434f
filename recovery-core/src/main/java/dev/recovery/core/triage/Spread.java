package dev.recovery.core.triage;

import dev.recovery.core.unit.Checks;

 /**
  * Whether the pain spreads over a muscle group or sits on one spot.
  *
 * @since 0.1.0
  */
public enum Spread {
    /** Spread over a muscle group, as ordinary soreness is. */
    WIDESPREAD,
    /** Localized to a pinpoint spot, a mark of injury when the pain is sharp. */
    LOCALIZED;

    /** The id shown to users. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code widespread} or {@code localized} (also {@code localised}, {@code spot}).
     *
     * @throws IllegalArgumentException naming {@code spread}, the text and the accepted values
     */
    public static Spread parse(String text) {
        if (text != null && (text.strip().equalsIgnoreCase("localised") || text.strip().equalsIgnoreCase("spot"))) {
            return LOCALIZED;
        }
        return Checks.parseEnum("spread", text, Spread.class);
    }
}
