package dev.recovery.importer.garmin;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the fields sit in Garmin Connect's activity list exported as CSV ("Activities.csv", the
 * Export CSV link of the web activity list). Its headers are in the account's language
 * ({@code Activity Type,Date,Favorite,Title,Distance,...} in English,
 * {@code Aktivitätstyp,Datum,Favorit,Titel,Distanz,...} in German), so the layout is recognised by
 * its columns' positions and the shape of the first row's values, not by names:
 * <ol start="0">
 *   <li>activity type (a word such as {@code Running}, {@code Laufen});</li>
 *   <li>date and local start time, {@code 2025-02-06 17:06:03};</li>
 *   <li>favourite, {@code true} or {@code false};</li>
 *   <li>title;</li>
 *   <li>distance in the account's unit (km or miles; metres for pool swims), either decimal mark;</li>
 *   <li>calories;</li>
 *   <li>time (the timer's), {@code 00:31:24} or {@code 00:28:10.5};</li>
 *   <li>average heart rate in bpm, {@code --} if none;</li>
 *   <li>maximum heart rate in bpm.</li>
 * </ol>
 * The columns after these vary with the account's sports and the export's date; among them the
 * moving time is looked up by its header in English or German ({@code Moving Time},
 * {@code Zeit in Bewegung}) and used instead of the timer's time when present.
 *
 * @param columns    how many columns the header has
 * @param movingTime the column of the moving time, or -1
 */
public record ActivityListLayout(int columns, int movingTime) {

    /** Column of the activity type. */
    public static final int TYPE = 0;
    /** Column of the local start date and time. */
    public static final int DATE = 1;
    /** Column of the favourite flag. */
    public static final int FAVORITE = 2;
    /** Column of the title. */
    public static final int TITLE = 3;
    /** Column of the distance in the account's unit. */
    public static final int DISTANCE = 4;
    /** Column of the timer's time. */
    public static final int TIME = 6;
    /** Column of the average heart rate. */
    public static final int AVG_HR = 7;
    /** Column of the maximum heart rate. */
    public static final int MAX_HR = 8;
    /** The fewest columns the layout has: type through maximum heart rate. */
    public static final int MIN_COLUMNS = MAX_HR + 1;

    /** A local date and time as Garmin writes it: {@code 2025-02-06 17:06:03}. */
    static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(:\\d{2})?");
    /** A duration as Garmin writes it: {@code 00:31:24}, {@code 31:24}, {@code 00:28:10.5}. */
    static final Pattern DURATION_SHAPE = Pattern.compile("\\d{1,3}:\\d{2}(:\\d{2})?([.,]\\d+)?");
    /** The favourite flag. */
    private static final Set<String> FLAGS = Set.of("true", "false");
    /** Moving time's header in the languages documented in docs/import.md. */
    private static final Set<String> MOVING_TIME = Set.of("moving time", "zeit in bewegung");

    /**
     * Recognises the layout from the header and the first data row, or returns null if they do
     * not have its shape.
     *
     * @param header   the header's cells
     * @param firstRow the first data row's cells, or null if the file has none
     * @return the layout, or null
     */
    public static ActivityListLayout detect(List<String> header, List<String> firstRow) {
        if (header.size() < MIN_COLUMNS || firstRow == null || firstRow.size() != header.size()) {
            return null;
        }
        boolean shaped = DATE_SHAPE.matcher(firstRow.get(DATE).strip()).matches()
                && FLAGS.contains(firstRow.get(FAVORITE).strip().toLowerCase(Locale.ROOT))
                && DURATION_SHAPE.matcher(firstRow.get(TIME).strip()).matches();
        if (!shaped) {
            return null;
        }
        int moving = -1;
        for (int i = MIN_COLUMNS; i < header.size(); i++) {
            if (MOVING_TIME.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                moving = i;
                break;
            }
        }
        return new ActivityListLayout(header.size(), moving);
    }
}
