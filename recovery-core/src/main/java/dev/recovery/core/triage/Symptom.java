package dev.recovery.core.triage;

import dev.recovery.core.unit.Checks;

/**
 * The yes/no signs a check-in records. Most are red flags on their own ({@link #isRedFlag()});
 * the signs of bone stress ({@link #BONE_TENDER}, {@link #HOP_PAIN}) count together with pain on one
 * spot of a bone-stress site, and {@link #WORSE_NEXT_MORNING} is the pain-monitoring model's
 * warning (Silbernagel et al. 2007), AMBER at least.
  *
 * @since 0.1.0
 */
public enum Symptom {
    /** Pain while resting. */
    PAIN_AT_REST(true),
    /** Pain that does not get better despite time off running. */
    PERSISTS_AFTER_REST(true),
    /** Swelling. */
    SWELLING(true),
    /** Redness. */
    REDNESS(true),
    /** Warmth over the spot. */
    WARMTH(true),
    /** Numbness or tingling. */
    NUMBNESS(true),
    /** Unable to bear weight, or limping. */
    CANNOT_BEAR_WEIGHT(true),
    /** Visible deformity, unusual bumps or bruising. */
    DEFORMITY(true),
    /** The pain came on suddenly during the run. */
    SUDDEN(true),
    /** The pain stopped the run: the runner could not go on. */
    STOPPED_RUN(true),
    /** The pain changed the way the runner ran (a limp, an altered stride). */
    ALTERED_GAIT(true),
    /** Numbness or tingling that spreads, or comes with weakness. */
    NUMBNESS_SPREADING(true),
    /** Pressing on the bone at the sore spot hurts. */
    BONE_TENDER(false),
    /** Hopping on that leg hurts. */
    HOP_PAIN(false),
    /** The morning after the run the pain was worse than before it. */
    WORSE_NEXT_MORNING(false);

    private final boolean redFlag;

    Symptom(boolean redFlag) {
        this.redFlag = redFlag;
    }

    /** True if this sign alone makes a check-in RED; false for the signs that count only with others. */
    public boolean isRedFlag() {
        return redFlag;
    }

    /** The id shown to users and used as a console flag: {@code at-rest} is {@code pain-at-rest} here. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses an id ({@code swelling}, {@code cannot-bear-weight}, {@code bone-tender}); {@code at-rest}
     * is accepted for {@link #PAIN_AT_REST}.
     *
     * @param text the id as typed
     * @return the symptom
     * @throws IllegalArgumentException naming {@code symptom}, the text and the accepted values
     */
    public static Symptom parse(String text) {
        if (text != null && text.strip().equalsIgnoreCase("at-rest")) {
            return PAIN_AT_REST;
        }
        return Checks.parseEnum("symptom", text, Symptom.class);
    }
}
