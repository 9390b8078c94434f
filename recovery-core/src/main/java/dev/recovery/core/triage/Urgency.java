package dev.recovery.core.triage;

/**
 * How soon a RED check-in should be seen (the product's two levels, from the NHS guidance on
 * sprains and strains and the leg-ache guide's warning signs). Only RED has an urgency.
 */
public enum Urgency {
    /**
     * Seek care the same day (urgent care or a doctor): a possible blood clot (swelling with warmth
     * or redness of the calf or thigh), inability to bear weight, a visible deformity, or numbness that
     * spreads or comes with weakness.
     */
    SAME_DAY("same-day", "Seek care today: urgent care, or a doctor the same day."),
    /** See a physical therapist or doctor within a few days: every other red flag. */
    SOON("soon", "Book a physical therapist or doctor within the next few days.");

    private final String id;
    private final String action;

    Urgency(String id, String action) {
        this.id = id;
        this.action = action;
    }

    /** The id used in files and JSON: {@code same-day} or {@code soon}. */
    public String id() {
        return id;
    }

    /** What to do, in plain words. */
    public String action() {
        return action;
    }

    /** The more urgent of this and {@code other}. */
    public Urgency atLeast(Urgency other) {
        // The most urgent comes first; by position rather than by a comparison, whose equal case could
        // go either way unnoticed.
        return values()[Math.min(ordinal(), other.ordinal())];
    }
}
