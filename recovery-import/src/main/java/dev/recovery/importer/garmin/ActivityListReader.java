package dev.recovery.importer.garmin;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportProblem;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.csv.CsvReader;
import dev.recovery.importer.safety.ImportException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads Garmin Connect's activity-list CSV ({@link ActivityListLayout}) into activities, one row
 * at a time. Dates are the account's local time, taken in the runner's zone; distances are in the
 * runner's unit (the export does not say which, and Garmin writes it in the account's display
 * unit), pool swims in metres; {@code --} is Garmin's "no value". The list has no activity id, so
 * each activity's source id is the hash of its start and distance: importing the list again, or
 * the same run from Strava or a GPX, adds nothing.
 *
 * <p>One bad row (an unreadable date or number, a run without distance) is reported as a problem
 * naming the field, and the other rows import. A row with another number of fields than the
 * header stops the import: the file is then malformed from that row on.
 */
public final class ActivityListReader {

    /** Garmin's cell for "no value". */
    public static final String NO_VALUE = "--";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]");
    private static final int SECONDS_PER_MINUTE = 60;
    private static final int PROGRESS_EVERY_ROWS = 256;

    private ActivityListReader() {
    }

    /**
     * True if {@code header} and {@code firstRow} have the activity list's shape.
     *
     * @param header   the header's cells
     * @param firstRow the first data row, or null
     * @return whether the file is Garmin Connect's activity list
     */
    public static boolean isActivityList(List<String> header, List<String> firstRow) {
        return ActivityListLayout.detect(header, firstRow) != null;
    }

    /**
     * Reads the whole list into {@code listener}.
     *
     * @param in             the file's bytes (closed by the caller)
     * @param file           its name for messages
     * @param zone           the runner's time zone: Garmin's dates are local times
     * @param unit           the unit of the distance column (the runner's)
     * @param maxRecordChars the longest CSV record allowed
     * @param size           the file's size in bytes for progress, or -1
     * @param listener       where the activities go
     * @throws ImportException if the file is not the activity list or a row is malformed
     */
    public static void read(InputStream in, String file, ZoneId zone, DistanceUnit unit, int maxRecordChars, long size,
            ImportListener listener) {
        try (CsvReader csv = new CsvReader(in, file, maxRecordChars)) {
            List<String> header = csv.next();
            List<String> row = header == null ? null : csv.next();
            ActivityListLayout layout = header == null ? null : ActivityListLayout.detect(header, row);
            if (layout == null) {
                throw new ImportException(file, "line 1", "not Garmin Connect's activity list: expected an activity type, "
                        + "a date such as 2025-02-06 17:06:03, true or false, a title, a distance, calories and a time such as 00:31:24");
            }
            int rows = 0;
            for (; row != null; row = csv.next()) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != layout.columns()) {
                    throw new ImportException(file, "line " + csv.line(), row.size() + " fields where the header has "
                            + layout.columns() + "; the row is truncated or malformed");
                }
                String where = file + " line " + csv.line();
                String type = row.get(ActivityListLayout.TYPE).strip();
                Optional<ActivityKind> kind = ActivityListTypes.kind(type);
                if (kind.isEmpty()) {
                    listener.skipped(new SkippedActivity(type.isEmpty() ? "(no type)" : type, where));
                } else {
                    try {
                        listener.activity(activity(row, layout, kind.get(), zone, unit, where));
                    } catch (IllegalArgumentException e) {
                        listener.problem(new ImportProblem(where, e.getMessage()));
                    }
                }
                if (++rows % PROGRESS_EVERY_ROWS == 0) {
                    listener.progress(Math.min(csv.charsRead(), Math.max(size, 0)), size);
                }
            }
            listener.progress(Math.max(size, 0), size);
        }
    }

    private static ImportedActivity activity(List<String> row, ActivityListLayout layout, ActivityKind kind, ZoneId zone,
            DistanceUnit unit, String where) {
        Instant start = localStart(row.get(ActivityListLayout.DATE)).atZone(zone).toInstant();
        String distanceCell = row.get(ActivityListLayout.DISTANCE).strip();
        double metres = kind == ActivityKind.SWIM ? wholeNumber(distanceCell, "distance")
                : number(distanceCell, "distance") * unit.metres();
        Duration duration = layout.movingTime() >= 0 ? duration(row.get(layout.movingTime()), "moving-time") : Duration.ZERO;
        if (duration.isZero()) {
            duration = duration(row.get(ActivityListLayout.TIME), "time");
        }
        if (duration.isZero()) {
            throw new IllegalArgumentException("time: nothing is not allowed; expected the activity's time such as 00:31:24");
        }
        Optional<Distance> distance = metres > 0 ? Optional.of(Distance.ofMetres(metres)) : Optional.empty();
        String title = row.get(ActivityListLayout.TITLE);
        return ImportedActivity.of(null, start, zone, kind, duration, distance, Optional.empty(),
                heartRate(row.get(ActivityListLayout.AVG_HR), "avg-hr"), heartRate(row.get(ActivityListLayout.MAX_HR), "max-hr"),
                Optional.of(title), where);
    }

    private static LocalDateTime localStart(String cell) {
        try {
            return LocalDateTime.parse(cell.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: '" + cell + "' is not allowed; expected a date and time such as 2025-02-06 17:06:03");
        }
    }

    /** A number with either decimal mark ({@code 5.48}, {@code 5,81}); {@code --} or blank is 0. */
    static double number(String cell, String field) {
        String t = cell.strip();
        if (t.isEmpty() || t.equals(NO_VALUE)) {
            return 0;
        }
        String n = t.indexOf('.') >= 0 ? t.replace(",", "") : t.replace(',', '.');
        try {
            double v = Double.parseDouble(n);
            if (Double.isFinite(v) && v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Reported below, naming the field.
        }
        throw new IllegalArgumentException(field + ": '" + cell + "' is not allowed; expected a number such as 5.48 or --");
    }

    /** A whole number written with thousands separators ({@code 1,500} or {@code 1.500} metres of a pool swim). */
    static double wholeNumber(String cell, String field) {
        String t = cell.strip().replace(",", "").replace(".", "");
        return number(t, field);
    }

    private static OptionalInt heartRate(String cell, String field) {
        double v = number(cell, field);
        return v > 0 ? OptionalInt.of((int) Math.round(v)) : OptionalInt.empty();
    }

    /** {@code 00:31:24}, {@code 31:24}, {@code 00:28:10.5} or {@code 30:00,75}; {@code --} or blank is zero. */
    static Duration duration(String cell, String field) {
        String t = cell.strip();
        if (t.isEmpty() || t.equals(NO_VALUE)) {
            return Duration.ZERO;
        }
        if (!ActivityListLayout.DURATION_SHAPE.matcher(t).matches()) {
            throw new IllegalArgumentException(field + ": '" + cell + "' is not allowed; expected a time such as 00:31:24");
        }
        String[] parts = t.split(":");
        double seconds = Double.parseDouble(parts[parts.length - 1].replace(',', '.'));
        long minutes = Long.parseLong(parts[parts.length - 2]);
        long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
        return Duration.ofMillis(Math.round(((hours * SECONDS_PER_MINUTE + minutes) * SECONDS_PER_MINUTE + seconds) * 1000));
    }
}
