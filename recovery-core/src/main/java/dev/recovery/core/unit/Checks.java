package dev.recovery.core.unit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Validation helpers that give every bad input the same kind of message: the field, the value given
 * and what is allowed, e.g. {@code pain: 11 is not allowed; expected a whole number from 0 to 10}.
 *
 * <p>Every value type in the library validates through these so that a runner (or the console that
 * shows the message) can always tell what to fix. They throw a {@link ValidationException} (an
 * {@link IllegalArgumentException} whose field, value and allowed values a program can read), a
 * missing value included, and never return a partially valid value.
 *
 * @since 0.1.0
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Builds the standard message and returns it as an exception for the caller to throw.
     *
     * @param field   the name the user knows the field by, e.g. {@code pain} or {@code distance}
     * @param value   the value given, shown as is (a {@code null} shows as "nothing")
     * @param allowed what would have been accepted, e.g. {@code a whole number from 0 to 10}
     * @return the exception, never {@code null}
     */
    public static ValidationException invalid(String field, Object value, String allowed) {
        String shown = value == null ? null : (value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value));
        return new ValidationException(field, shown, allowed);
    }

    /**
     * Like {@link #invalid(String, Object, String)} for a value the library formatted itself (a
     * number, a pace): shown as is, without the quotes that mark text the user typed.
     *
     * @param field   the name the user knows the field by
     * @param shown   the value as the library formatted it
     * @param allowed what would have been accepted
     * @return the exception, never {@code null}
     */
    public static ValidationException invalidFormatted(String field, String shown, String allowed) {
        return new ValidationException(field, shown, allowed);
    }

    /**
     * Returns {@code value} if it is not {@code null}, else throws naming {@code field}.
     *
     * @param <T>     the value's type
     * @param field   the name the user knows the field by
     * @param value   the value to check
     * @param allowed what is expected, e.g. {@code a date such as 2026-11-20}
     * @return {@code value}
     * @throws ValidationException if {@code value} is {@code null}
     */
    public static <T> T required(String field, T value, String allowed) {
        if (value == null) {
            throw invalid(field, null, allowed);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is not {@code null}, else throws naming {@code field} and every id of
     * the enum. The list of ids is built only when the check fails, so valid values cost nothing.
     */
    public static <E extends Enum<E>> E requiredOneOf(String field, E value, Class<E> type) {
        if (value == null) {
            throw invalid(field, null, "one of " + ids(type));
        }
        return value;
    }

    /** Returns {@code value} if {@code min <= value <= max}, else throws naming the field and range. */
    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, value, "a whole number from " + min + " to " + max);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is finite and {@code min <= value <= max}, else throws naming the
     * field, the value and the range with its unit.
     */
    public static double inRange(String field, double value, double min, double max, String unit) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw invalidFormatted(field, Double.isFinite(value) ? trim(value) : String.valueOf(value),
                    "a number from " + trim(min) + " to " + trim(max) + (unit.isEmpty() ? "" : " " + unit));
        }
        return value;
    }

    /**
     * Parses {@code text} as one of an enum's constants by its user-facing id (lower case, with
     * hyphens for underscores, e.g. {@code marathon-pace}), ignoring case, surrounding blanks and the
     * difference between '-', '_' and ' '.
     *
     * @throws IllegalArgumentException naming the field, the text and every accepted id
     */
    public static <E extends Enum<E>> E parseEnum(String field, String text, Class<E> type) {
        if (text != null) {
            String wanted = normalise(text);
            for (E constant : type.getEnumConstants()) {
                if (normalise(constant.name()).equals(wanted)) {
                    return constant;
                }
            }
        }
        throw invalid(field, text, "one of " + ids(type));
    }

    /** The user-facing id of an enum constant: lower case, words joined by hyphens. */
    public static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every id of an enum, joined by ", ", for messages and help text. */
    public static <E extends Enum<E>> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Checks::id).collect(Collectors.joining(", "));
    }

    static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    private static String trim(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value);
    }
}
