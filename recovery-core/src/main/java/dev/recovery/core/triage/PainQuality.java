package dev.recovery.core.triage;

import dev.recovery.core.unit.Checks;

 /**
  * What the pain feels like. Dull/achy and tight/stiff go with ordinary soreness; the rest, when localized, are red flags.
  *
 * @since 0.1.0
  */
public enum PainQuality {
    /** A dull ache. */
    DULL_ACHY,
    /** Tightness or stiffness. */
    TIGHT_STIFF,
    /** Sharp. */
    SHARP,
    /** Stabbing. */
    STABBING,
    /** Shooting, often along a nerve. */
    SHOOTING,
    /** Burning. */
    BURNING,
    /** Throbbing. */
    THROBBING;

    /** True for the qualities of ordinary muscle soreness: dull/achy and tight/stiff. */
    public boolean isDull() {
        return this == DULL_ACHY || this == TIGHT_STIFF;
    }

    /** The id shown to users: {@code dull-achy}, {@code tight-stiff}, {@code sharp}, ... */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses an id or a plain word: {@code dull}, {@code achy}, {@code aching}, {@code tight},
     * {@code stiff}, {@code sharp}, {@code stabbing}, {@code shooting}, {@code burning}, {@code throbbing}.
     *
     * @throws IllegalArgumentException naming {@code quality}, the text and the accepted values
     */
    public static PainQuality parse(String text) {
        if (text != null) {
            switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "dull", "achy", "aching", "ache", "dull/achy":
                    return DULL_ACHY;
                case "tight", "stiff", "tight/stiff":
                    return TIGHT_STIFF;
                default:
                    break;
            }
        }
        return Checks.parseEnum("quality", text, PainQuality.class);
    }
}
