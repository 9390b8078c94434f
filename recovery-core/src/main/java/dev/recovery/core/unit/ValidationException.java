package dev.recovery.core.unit;

/**
 * A value the library refused: which field, what was given and what would have been accepted, each
 * readable by a program as well as in the message ({@code pain: 11 is not allowed; expected a whole
 * number from 0 to 10}). Every check in the libraries throws this type, a missing ({@code null})
 * value included, and nothing was changed when it is thrown.
 *
 * <p>It is an {@link IllegalArgumentException}, so code that catches that keeps working.
 *
 * @since 0.1.0
 */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Shown in place of a missing value. */
    static final String NOTHING = "nothing";

    private final String field;
    private final String value;
    private final String allowed;

    /**
     * A refusal of {@code value} for {@code field}.
     *
     * @param field   the name the user knows the field by, e.g. {@code pain} or {@code distance}; not blank
     * @param value   the value as given and shown, or {@code null} when there was none
     * @param allowed what would have been accepted, e.g. {@code a whole number from 0 to 10}; not blank
     * @throws IllegalArgumentException if {@code field} or {@code allowed} is blank
     */
    public ValidationException(String field, String value, String allowed) {
        super(message(field, value, allowed));
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    private static String message(String field, String value, String allowed) {
        if (field == null || field.isBlank() || allowed == null || allowed.isBlank()) {
            // Not a ValidationException: this is a programming error in the caller, not bad input.
            throw new IllegalArgumentException("a validation needs a field and what is allowed");
        }
        return field + ": " + (value == null ? NOTHING : value) + " is not allowed; expected " + allowed;
    }

    /**
     * The field the value was given for.
     *
     * @return the field's name as the user knows it, e.g. {@code pain}
     */
    public String field() {
        return field;
    }

    /**
     * The refused value as it was shown in the message: text the user typed in quotes, a number as
     * the library formatted it.
     *
     * @return the value, or {@code null} when none was given
     */
    public String value() {
        return value;
    }

    /**
     * What would have been accepted.
     *
     * @return a description such as {@code a whole number from 0 to 10} or {@code one of km, mi}
     */
    public String allowed() {
        return allowed;
    }
}
