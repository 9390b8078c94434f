package dev.recovery.importer.strava;

import dev.recovery.importer.safety.ImportException;
import java.util.List;
import java.util.Locale;

/**
 * Where the fields the importer needs sit in a Strava {@code activities.csv}, found by position and
 * by the header's shape, never by English names alone (exports can be translated, and several
 * headers appear twice: Elapsed Time, Distance, Max Heart Rate, Relative Effort, Commute).
 *
 * <p>Every era starts with the same seven columns: activity id, date, name, type, description,
 * elapsed time, distance. Then, told apart by the header's columns:
 * <ul>
 *   <li><b>Detailed</b> (exports since about mid-2020, 87-101 columns): a second block starts where
 *       the header of column 5 (Elapsed Time) appears again, at position {@code D} (or, should a
 *       translation word the two differently, two columns before column 6's Distance header
 *       appears again). From there:
 *       D+1 moving time (s), D+2 distance in metres (its header repeats column 6's), D+15 max heart
 *       rate, D+16 average heart rate, D+28 perceived exertion; the file name is at D-3 (before
 *       athlete weight and bike weight). The same offsets hold whether or not the first block has
 *       Max Heart Rate and Activity Private Note. The first distance is in the runner's unit.</li>
 *   <li><b>Short</b> (about 2019-2020): one block of 10-13 capitalised, possibly translated
 *       columns, e.g. {@code Activity ID,Activity Date,Activity Name,Activity Type,Activity
 *       Description,Elapsed Time,Distance,Relative Effort,Commute,Activity Gear,Filename}. The file
 *       name is the last column (not the tenth, which is the gear in the 11-column form); the
 *       distance is in the runner's unit; there is no moving time or heart rate, so the track file
 *       supplies them.</li>
 *   <li><b>Legacy</b> (exports before mid-2018): the lowercase machine header
 *       {@code id,date,name,type,description,elapsed_time,distance,commute,gear,filename}, dates as
 *       {@code 2018-11-27 19:11:32}, and the distance <em>in metres</em> whatever the runner's unit.
 *       Recognised by its columns being lowercase identifiers, which no translated or later header
 *       is. The file name is again the last column.</li>
 * </ul>
 * In the short and legacy eras each row's file name is also checked by its shape (a path ending in
 * .gpx, .tcx or .fit, optionally .gz); see {@link #isTrackFileName(String)}.
 *
 * @param era               detailed, short or legacy
 * @param columns           how many columns the header has (every row must have as many)
 * @param movingTime        column of the moving time in seconds, or -1
 * @param distanceMetres    column of the distance in metres, or -1
 * @param maxHeartRate      column of the maximum heart rate, or -1
 * @param avgHeartRate      column of the average heart rate, or -1
 * @param perceivedExertion column of the runner's perceived exertion (1-10), or -1
 * @param filename          column of the activity file's name, or -1
 * @since 0.1.0
 */
public record StravaLayout(Era era, int columns, int movingTime, int distanceMetres, int maxHeartRate, int avgHeartRate,
        int perceivedExertion, int filename) {

    /** Column of the Strava activity id. */
    public static final int ID = 0;
    /** Column of the start date and time (UTC). */
    public static final int DATE = 1;
    /** Column of the activity's title. */
    public static final int NAME = 2;
    /** Column of the activity type (Run, Ride, ...). */
    public static final int TYPE = 3;
    /** Column of the elapsed time in seconds. */
    public static final int ELAPSED_TIME = 5;
    /** Column of the distance in the runner's unit (km or miles). */
    public static final int DISTANCE = 6;

    /** Detailed era: moving time follows the repeated Elapsed Time. */
    static final int MOVING_OFFSET = 1;
    /** Detailed era: the repeated Distance, in metres. */
    static final int METRES_OFFSET = 2;
    /** Detailed era: Max Heart Rate in the second block. */
    static final int MAX_HR_OFFSET = 15;
    /** Detailed era: Average Heart Rate in the second block. */
    static final int AVG_HR_OFFSET = 16;
    /** Detailed era: Perceived Exertion. */
    static final int RPE_OFFSET = 28;
    /** Detailed era: Filename, Athlete Weight, Bike Weight, then the repeated Elapsed Time. */
    static final int FILENAME_BEFORE = 3;
    /** One-block headers have at least this many columns: the seven common ones, commute, gear, filename. */
    static final int MIN_SHORT_COLUMNS = 10;
    /** One-block headers are short; a long header without repeats is something else. */
    static final int MAX_SHORT_COLUMNS = 30;

    /** A legacy header's cells are lowercase machine names such as {@code elapsed_time}. */
    private static final java.util.regex.Pattern MACHINE_NAME = java.util.regex.Pattern.compile("[a-z][a-z_]*");
    /** A track file's name as Strava writes it: {@code activities/123.gpx}, {@code 123.fit.gz}. */
    private static final java.util.regex.Pattern TRACK_FILE = java.util.regex.Pattern.compile(
            "(?i).+\\.(gpx|tcx|fit)(\\.gz)?");

    /** The header eras. */
    public enum Era {
        /** Since about mid-2020: two blocks, repeated headers, 87-101 columns; first distance in the runner's unit. */
        DETAILED,
        /** About 2019-2020: one block of capitalised (or translated) columns; distance in the runner's unit. */
        SHORT,
        /** Before mid-2018: lowercase machine header; distance in metres. */
        LEGACY
    }

    /** True if the first Distance column holds metres rather than the runner's unit (the legacy era). */
    public boolean firstDistanceInMetres() {
        return era == Era.LEGACY;
    }

    /**
     * True if {@code cell} has the shape of a track file's name: ends in .gpx, .tcx or .fit, with
     * or without .gz, in any case. A gear name ("Pegasus 37") never has it.
     */
    public static boolean isTrackFileName(String cell) {
        return TRACK_FILE.matcher(cell).matches();
    }

    /**
     * Recognises the header of a Strava activities.csv.
     *
     * @throws ImportException naming the file and line 1 if the header has neither shape
     */
    public static StravaLayout detect(List<String> header, String file) {
        if (header.size() < DISTANCE + 1) {
            throw new ImportException(file, "line 1", "not a Strava activities.csv: " + header.size()
                    + " columns, expected at least 10 (activity id, date, name, type, description, elapsed time, distance, ...)");
        }
        int d = secondOccurrence(header, ELAPSED_TIME);
        if (d < 0) {
            // A translation might word the two Elapsed Time headers differently; the repeated
            // Distance, two columns later, marks the same block.
            int metres = secondOccurrence(header, DISTANCE);
            d = metres < 0 ? -1 : metres - METRES_OFFSET;
        }
        if (d <= DISTANCE) {
            if (header.size() < MIN_SHORT_COLUMNS || header.size() > MAX_SHORT_COLUMNS) {
                throw new ImportException(file, "line 1", "not a Strava activities.csv: " + header.size()
                        + " columns and no repeated Elapsed Time or Distance header; expected the short layout of 10-13 columns or the detailed one of 87-101");
            }
            Era era = header.stream().allMatch(h -> MACHINE_NAME.matcher(h.strip()).matches()) ? Era.LEGACY : Era.SHORT;
            return new StravaLayout(era, header.size(), -1, -1, -1, -1, -1, header.size() - 1);
        }
        if (d + METRES_OFFSET >= header.size()
                || !normalise(header.get(d + METRES_OFFSET)).equals(normalise(header.get(DISTANCE)))) {
            throw new ImportException(file, "line 1", "unrecognised Strava header: the second '" + header.get(ELAPSED_TIME)
                    + "' at column " + (d + 1) + " is not followed by the moving time and a second '" + header.get(DISTANCE) + "'");
        }
        return new StravaLayout(Era.DETAILED, header.size(), d + MOVING_OFFSET, d + METRES_OFFSET,
                within(d + MAX_HR_OFFSET, header), within(d + AVG_HR_OFFSET, header), within(d + RPE_OFFSET, header),
                within(d - FILENAME_BEFORE, header));
    }

    /** The index of the second header equal to the one at {@code column}, or -1. */
    private static int secondOccurrence(List<String> header, int column) {
        String name = normalise(header.get(column));
        for (int i = column + 1; i < header.size(); i++) {
            if (normalise(header.get(i)).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int within(int index, List<String> header) {
        return index > DISTANCE && index < header.size() ? index : -1;
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
