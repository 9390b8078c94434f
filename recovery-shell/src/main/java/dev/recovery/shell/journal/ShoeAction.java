package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;

/** What a {@link ShoeEntry} does to the runner's shoe rotation. */
public enum ShoeAction {
    /** A shoe starts being worn. */
    ADD,
    /** A shoe is retired: it stays in the history but is no longer offered. */
    RETIRE;

    /** The id written to disk and shown to users: {@code add} or {@code retire}. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code add} or {@code retire}.
     *
     * @throws IllegalArgumentException naming {@code action}, the text and the accepted values
     */
    public static ShoeAction parse(String text) {
        return Checks.parseEnum("action", text, ShoeAction.class);
    }
}
