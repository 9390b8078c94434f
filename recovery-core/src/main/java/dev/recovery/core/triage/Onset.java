package dev.recovery.core.triage;

import dev.recovery.core.unit.Checks;

 /**
  * When the pain began relative to the run.
  *
 * @since 0.1.0
  */
public enum Onset {
    /** During the run. */
    DURING,
    /** Immediately after the run: acute muscle soreness starts here. */
    AFTER,
    /** 12-24 hours later: the pattern of delayed onset muscle soreness (DOMS). */
    DELAYED;

    /** The id shown to users. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code during}, {@code after} or {@code delayed}.
     *
     * @throws IllegalArgumentException naming {@code onset}, the text and the accepted values
     */
    public static Onset parse(String text) {
        return Checks.parseEnum("onset", text, Onset.class);
    }
}
