package dev.recovery.core.triage;

import dev.recovery.core.unit.Checks;

/**
 * The yes/no signs a check-in records (RULES.md 1.1). Each one present is a red flag in RULES.md 1.4.
 *
 * @since 0.1.0
 */
public enum Symptom {
    /** Pain while resting. */
    PAIN_AT_REST,
    /** Pain that does not get better despite time off running. */
    PERSISTS_AFTER_REST,
    /** Swelling. */
    SWELLING,
    /** Redness. */
    REDNESS,
    /** Warmth over the spot. */
    WARMTH,
    /** Numbness or tingling. */
    NUMBNESS,
    /** Unable to bear weight, or limping. */
    CANNOT_BEAR_WEIGHT,
    /** Visible deformity, unusual bumps or bruising. */
    DEFORMITY;

    /** The id shown to users and used as a console flag: {@code at-rest} is {@code pain-at-rest} here. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses an id ({@code swelling}, {@code cannot-bear-weight}); {@code at-rest} is accepted for
     * {@link #PAIN_AT_REST}.
     *
     * @throws IllegalArgumentException naming {@code symptom}, the text and the accepted values
     */
    public static Symptom parse(String text) {
        if (text != null && text.strip().equalsIgnoreCase("at-rest")) {
            return PAIN_AT_REST;
        }
        return Checks.parseEnum("symptom", text, Symptom.class);
    }
}
