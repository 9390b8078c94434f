package dev.recovery.core.log;

import dev.recovery.core.unit.Checks;

/**
 * The kind of run, as a training plan or a runner's log names it.
 *
 * @since 0.1.0
 */
public enum RunType {
    /** A relaxed, conversational run. */
    EASY(false),
    /** The week's long run. */
    LONG(true),
    /** A sustained run at threshold pace. */
    TEMPO(true),
    /** Repeats at interval or repetition pace. */
    INTERVALS(true),
    /** A run with a block at goal marathon pace. */
    MARATHON_PACE(true),
    /** A very easy, short run the day after a hard one. */
    RECOVERY(false),
    /** A race. */
    RACE(true);

    private final boolean hard;

    RunType(boolean hard) {
        this.hard = hard;
    }

    /**
     * True for the sessions docs/reference/plans.md calls hard days (intervals, tempo, marathon pace, the long run)
     * and races; hard days are never scheduled back to back.
     */
    public boolean isHard() {
        return hard;
    }

    /** The id shown to users: {@code easy}, {@code marathon-pace}, ... */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses an id ({@code easy}, {@code long}, {@code tempo}, {@code intervals},
     * {@code marathon-pace}, {@code recovery}, {@code race}); {@code mp} and {@code interval} are
     * accepted too.
     *
     * @throws IllegalArgumentException naming {@code type}, the text and the accepted values
     */
    public static RunType parse(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("mp")) {
                return MARATHON_PACE;
            }
            if (t.equals("interval")) {
                return INTERVALS;
            }
        }
        return Checks.parseEnum("type", text, RunType.class);
    }
}
