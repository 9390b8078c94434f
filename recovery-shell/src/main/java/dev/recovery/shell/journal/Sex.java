package dev.recovery.shell.journal;

import dev.recovery.core.unit.Checks;

/**
 * The runner's sex, optional in the {@link Profile}: some load models (TRIMP) weight heart rate
 * differently for women and men.
 */
public enum Sex {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE;

    /** The id written to disk and shown to users: {@code female} or {@code male}. */
    public String id() {
        return Checks.id(this);
    }

    /**
     * Parses {@code female} or {@code male} (also {@code f}, {@code m}).
     *
     * @throws IllegalArgumentException naming {@code sex}, the text and the accepted values
     */
    public static Sex parse(String text) {
        if (text != null && text.strip().equalsIgnoreCase("f")) {
            return FEMALE;
        }
        if (text != null && text.strip().equalsIgnoreCase("m")) {
            return MALE;
        }
        return Checks.parseEnum("sex", text, Sex.class);
    }
}
