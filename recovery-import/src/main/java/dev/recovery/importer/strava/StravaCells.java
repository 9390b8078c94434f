package dev.recovery.importer.strava;

import dev.recovery.core.unit.Checks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads Strava's cell values: {@code #error#} (Strava's marker for a value it failed to compute) and
 * blanks as "absent", numbers with either decimal mark, and the export's dates.
 *
 * @since 0.1.0
 */
public final class StravaCells {

    /** What Strava writes in a cell it could not compute. */
    public static final String ERROR_MARKER = "#error#";

    /** Date shapes seen in exports, tried in order; all are UTC. English first: it is the common case. */
    private static final List<DateTimeFormatter> DATES = List.of(
            formatter("MMM d, yyyy, h:mm:ss a", Locale.ENGLISH),
            formatter("MMM d, yyyy, H:mm:ss", Locale.ENGLISH),
            formatter("MMM d, yyyy h:mm:ss a", Locale.ENGLISH),
            formatter("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            formatter("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT),
            formatter("d MMM yyyy, HH:mm:ss", Locale.FRENCH),
            formatter("d MMM yyyy, HH:mm:ss", Locale.GERMAN),
            formatter("d MMM yyyy, HH:mm:ss", new Locale("es")),
            formatter("d MMM yyyy, HH:mm:ss", Locale.ITALIAN),
            formatter("d MMM yyyy, HH:mm:ss", new Locale("nl")),
            formatter("d MMM yyyy, HH:mm:ss", new Locale("pt")),
            formatter("d MMM yyyy, HH:mm:ss", Locale.ENGLISH),
            formatter("dd.MM.yyyy, HH:mm:ss", Locale.ROOT));

    private StravaCells() {
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }

    /** The cell's text, or "" if it is blank, {@code #error#} or the column is absent (-1 or past the row). */
    public static String text(List<String> row, int column) {
        if (column < 0 || column >= row.size()) {
            return "";
        }
        String t = row.get(column).strip();
        return t.equalsIgnoreCase(ERROR_MARKER) ? "" : t;
    }

    /**
     * The cell as a number, or NaN if absent. Accepts {@code 10.5} and {@code 10,5}; a comma
     * beside a point is a thousands separator ({@code 1,234.5}).
     *
     * @throws IllegalArgumentException naming {@code field} if the cell holds something else
     */
    public static double number(List<String> row, int column, String field) {
        String t = text(row, column);
        if (t.isEmpty()) {
            return Double.NaN;
        }
        String n = t.indexOf('.') >= 0 ? t.replace(",", "") : t.replace(',', '.');
        try {
            double v = Double.parseDouble(n);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Reported below, naming the field.
        }
        throw Checks.invalid(field, t, "a number");
    }

    /**
     * Parses an export date ({@code Oct 7, 2020, 2:43:11 PM}, UTC), or returns null if the cell is absent.
     *
     * @throws IllegalArgumentException naming {@code date} if it has none of the known shapes
     */
    public static Instant date(List<String> row, int column) {
        String t = text(row, column);
        if (t.isEmpty()) {
            return null;
        }
        String cleaned = t.replace('\u202f', ' ').replace('\u00a0', ' ');
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDateTime.parse(cleaned, f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // Try the next shape.
            }
        }
        throw Checks.invalid("date", t, "a Strava date such as 'Oct 7, 2020, 2:43:11 PM'");
    }
}
