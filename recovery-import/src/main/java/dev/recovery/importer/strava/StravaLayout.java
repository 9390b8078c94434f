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
 * elapsed time, distance (in the runner's unit). Then:
 * <ul>
 *   <li><b>Detailed</b> (exports since about July 2019, 87-101 columns): a second block starts where
 *       the header of column 5 (Elapsed Time) appears again, at position {@code D} (or, should a
 *       translation word the two differently, two columns before column 6's Distance header
 *       appears again). From there:
 *       D+1 moving time (s), D+2 distance in metres (its header repeats column 6's), D+15 max heart
 *       rate, D+16 average heart rate, D+28 perceived exertion; the file name is at D-3 (before
 *       athlete weight and bike weight). The same offsets hold whether or not the first block has
 *       Max Heart Rate and Activity Private Note.</li>
 *   <li><b>Summary</b> (older exports): id, date, name, type, description, elapsed time, distance,
 *       commute, gear, filename: ten columns with no repeated header.</li>
 * </ul>
 *
 * @param era               detailed or summary
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
    /** Summary era: the filename column (id, date, name, type, description, elapsed, distance, commute, gear, filename). */
    static final int SUMMARY_FILENAME = 9;
    /** Summary-era headers are short; a long header without repeats is something else. */
    static final int MAX_SUMMARY_COLUMNS = 30;

    /** The two header eras. */
    public enum Era {
        /** Since about July 2019: two blocks, repeated headers, 87-101 columns. */
        DETAILED,
        /** Before July 2019: one short block. */
        SUMMARY
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
            if (header.size() <= SUMMARY_FILENAME || header.size() > MAX_SUMMARY_COLUMNS) {
                throw new ImportException(file, "line 1", "not a Strava activities.csv: " + header.size()
                        + " columns and no repeated Elapsed Time or Distance header; expected the summary layout of about 10 columns or the detailed one of 87-101");
            }
            return new StravaLayout(Era.SUMMARY, header.size(), -1, -1, -1, -1, -1, SUMMARY_FILENAME);
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
