package dev.recovery.core.recovery;

/**
 * When in the day a recovery item belongs. The prescription's timeline is ordered by slot.
 *
 * @since 0.1.0
 */
public enum Slot {
    /** Before the run (on a day without a run: first thing, before anything else). */
    BEFORE_RUN("Before the run"),
    /** Right after the session, within about 30 minutes of finishing. */
    RIGHT_AFTER("Right after"),
    /** Later that day, a few hours after the session. */
    LATER_THAT_DAY("Later that day"),
    /** In the evening, before bed. */
    EVENING("Evening");

    private final String label;

    Slot(String label) {
        this.label = label;
    }

    /** The heading a runner reads, e.g. {@code Right after}. */
    public String label() {
        return label;
    }
}
