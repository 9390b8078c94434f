package dev.recovery.core.triage;

import dev.recovery.core.unit.Checks;

 /**
  * What light movement does to the pain: ordinary soreness eases as you move.
  *
 * @since 0.1.0
  */
public enum MovementResponse {
    /** Eases with light movement. */
    EASES,
    /** Not changed by movement. */
    UNCHANGED,
    /** Worsens with movement. */
    WORSE;

    /** The id shown to users. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code eases}, {@code unchanged} or {@code worse}.
     *
     * @throws IllegalArgumentException naming {@code movement}, the text and the accepted values
     */
    public static MovementResponse parse(String text) {
        return Checks.parseEnum("movement", text, MovementResponse.class);
    }
}
