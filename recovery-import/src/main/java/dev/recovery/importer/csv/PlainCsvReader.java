package dev.recovery.importer.csv;

import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Rpe;
import dev.recovery.importer.activity.ActivityKind;
import dev.recovery.importer.activity.ImportListener;
import dev.recovery.importer.activity.ImportedActivity;
import dev.recovery.importer.activity.SkippedActivity;
import dev.recovery.importer.safety.ImportException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the product's plain CSV, for runners keeping their log in a spreadsheet (docs/import.md):
 *
 * <pre>
 * date,distance,duration,type,rpe
 * 2026-11-01,10km,55:00,easy,4
 * 2026-11-02,,45:00,strength,6
 * 2026-11-03T07:15,6.2mi,52:30,tempo,
 * </pre>
 *
 * <ul>
 *   <li>A header row naming the columns, in any order, case-insensitive; {@code date},
 *       {@code duration} and {@code type} are required, {@code distance} and {@code rpe} optional;
 *       other columns are ignored.</li>
 *   <li>{@code date}: ISO {@code 2026-11-01}, or with a local start time {@code 2026-11-01T07:15}.</li>
 *   <li>{@code distance}: with its unit, {@code 10km}, {@code 6.2mi}, {@code 800m}; required for runs.</li>
 *   <li>{@code duration}: {@code 55:00}, {@code 1:05:30}, {@code 45min}.</li>
 *   <li>{@code type}: {@code run} or a run type ({@code easy}, {@code long}, {@code tempo},
 *       {@code intervals}, {@code marathon-pace}, {@code recovery}, {@code race}), {@code bike},
 *       {@code swim}, {@code elliptical}, {@code walk}, {@code hike}, {@code strength}, {@code yoga};
 *       anything else is skipped and counted.</li>
 *   <li>{@code rpe}: 1-10 or empty.</li>
 * </ul>
 *
 * <p>The runner wrote this file and can fix it, so any bad cell stops the import with the line and
 * the field named (nothing is imported).
 *
 * @since 0.1.0
 */
public final class PlainCsvReader {

    /** The columns a plain CSV must have. */
    public static final List<String> REQUIRED = List.of("date", "duration", "type");
    /** The columns it may have. */
    public static final List<String> OPTIONAL = List.of("distance", "rpe");

    private PlainCsvReader() {
    }

    /** True if {@code header} is a plain CSV header (names the required columns). */
    public static boolean isPlainHeader(List<String> header) {
        return columns(header).keySet().containsAll(REQUIRED);
    }

    /**
     * Reads the file into {@code listener}.
     *
     * @throws ImportException naming the file, line and field on the first bad row
     */
    public static void read(InputStream in, String file, ZoneId zone, int maxRecordChars, long size, ImportListener listener) {
        try (CsvReader csv = new CsvReader(in, file, maxRecordChars)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ImportException(file, "", "the file is empty");
            }
            Map<String, Integer> columns = columns(header);
            if (!columns.keySet().containsAll(REQUIRED)) {
                throw new ImportException(file, "line 1", "the header must name the columns date, duration and type"
                        + " (and optionally distance and rpe), e.g. date,distance,duration,type,rpe");
            }
            List<String> row;
            int rows = 0;
            while ((row = csv.next()) != null) {
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String where = file + " line " + csv.line();
                try {
                    String type = cell(row, columns.get("type"));
                    Optional<ActivityKind> kind = ActivityKind.forType(type);
                    if (kind.isEmpty()) {
                        listener.skipped(new SkippedActivity(type.isEmpty() ? "(no type)" : type, where));
                        continue;
                    }
                    Instant start = start(cell(row, columns.get("date")), zone);
                    Duration duration = Durations.parse(cell(row, columns.get("duration")));
                    String distanceText = cell(row, columns.getOrDefault("distance", -1));
                    Optional<Distance> distance = distanceText.isEmpty() ? Optional.empty() : Optional.of(Distance.parse(distanceText));
                    String rpeText = cell(row, columns.getOrDefault("rpe", -1));
                    Optional<Rpe> rpe = rpeText.isEmpty() ? Optional.empty() : Optional.of(Rpe.parse(rpeText));
                    RunType runType = runType(type);
                    listener.activity(ImportedActivity.of(null, start, zone, kind.get(), runType, duration, distance, rpe,
                            OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), where));
                } catch (IllegalArgumentException e) {
                    throw new ImportException(file, "line " + csv.line(), e.getMessage(), e);
                }
                if (++rows % 256 == 0) {
                    listener.progress(Math.min(csv.charsRead(), Math.max(size, 0)), size);
                }
            }
            listener.progress(Math.max(size, 0), size);
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
        }
        return columns;
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).strip() : "";
    }

    private static Instant start(String text, ZoneId zone) {
        try {
            if (text.length() > 10) {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
            return dev.recovery.core.unit.Dates.parse("date", text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw dev.recovery.core.unit.Checks.invalid("date", text, "a date as YYYY-MM-DD, optionally with a start time, e.g. 2026-11-01T07:15");
        }
    }

    private static RunType runType(String type) {
        try {
            return RunType.parse(type);
        } catch (IllegalArgumentException e) {
            return RunType.EASY;
        }
    }
}
