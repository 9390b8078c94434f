package dev.recovery.core.triage;

/**
 * The triage's verdict, ordered from mildest to most serious, with what the runner
 * should do at each level.
 *
 * @since 0.1.0
 */
public enum TriageLevel {
    /** Ordinary soreness: train as planned, with the day's recovery protocol. */
    GREEN("Train as planned, with today's recovery protocol."),
    /** Not clearly ordinary: modify training and re-check in 24 hours. */
    AMBER("Modify: swap the next run for low-impact cross-training or an easy short run, no intensity; "
            + "hold the mileage progression; follow the recovery protocol; re-check in 24 h. "
            + "If it is worse or unchanged after 72 h, treat it as RED."),
    /** A red flag: stop and see a professional. */
    RED("Stop running and see a physical therapist or doctor. Upcoming runs are replaced by rest or "
            + "pain-free cross-training until you are cleared.");

    private final String action;

    TriageLevel(String action) {
        this.action = action;
    }

    /** What the runner should do at this level, in plain words. */
    public String action() {
        return action;
    }

    /** The more serious of this level and {@code other}. */
    public TriageLevel atLeast(TriageLevel other) {
        // By position rather than by a comparison, whose equal case could go either way unnoticed.
        return values()[Math.max(ordinal(), other.ordinal())];
    }
}
