package dev.recovery.core.unit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The calendar dates the library accepts for training: 1900-01-01 to 2100-12-31, so a typo such as year 3000 is caught.
 *
 * @since 0.1.0
 */
public final class Dates {

    /** The earliest date accepted. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date accepted. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Dates() {
    }

    /**
     * Returns {@code date} if it lies between {@link #EARLIEST} and {@link #LATEST}.
     *
     * @throws IllegalArgumentException naming {@code field}, the date and the range
     */
    public static LocalDate check(String field, LocalDate date) {
        if (date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw date == null ? Checks.invalid(field, null, "a date") : Checks.invalidFormatted(field, date.toString(), "a date from " + EARLIEST + " to " + LATEST);
        }
        return date;
    }

    /**
     * Parses an ISO date ({@code 2026-11-22}) and checks its range.
     *
     * @throws IllegalArgumentException naming {@code field}, the text and the accepted form
     */
    public static LocalDate parse(String field, String text) {
        try {
            return check(field, LocalDate.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            throw Checks.invalid(field, text, "a date as YYYY-MM-DD, e.g. 2026-11-22");
        }
    }
}
