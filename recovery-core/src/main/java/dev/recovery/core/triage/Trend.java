package dev.recovery.core.triage;

import dev.recovery.core.unit.Checks;

 /**
  * How the pain has changed since it began.
  *
 * @since 0.1.0
  */
public enum Trend {
    /** Getting better. */
    IMPROVING,
    /** No change. */
    UNCHANGED,
    /** Getting worse. */
    WORSE;

    /** The id shown to users. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code improving}, {@code unchanged} or {@code worse}.
     *
     * @throws IllegalArgumentException naming {@code trend}, the text and the accepted values
     */
    public static Trend parse(String text) {
        return Checks.parseEnum("trend", text, Trend.class);
    }
}
