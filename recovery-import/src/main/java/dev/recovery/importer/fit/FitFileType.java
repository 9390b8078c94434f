package dev.recovery.importer.fit;

import java.util.Locale;

/**
 * What a FIT file holds, from its {@code file_id} message. Only activity files become sessions; a
 * workout file is decoded as a planned workout; every other kind is recognised and skipped with a
 * notice.
 */
public enum FitFileType {
    /** Device capabilities. */
    DEVICE(1),
    /** User and device settings. */
    SETTINGS(2),
    /** Sport settings (zones). */
    SPORT(3),
    /** A recorded activity: sessions, laps and records. */
    ACTIVITY(FitProfile.FILE_ACTIVITY),
    /** A planned workout: workout and workout_step messages. */
    WORKOUT(FitProfile.FILE_WORKOUT),
    /** A course to follow. */
    COURSE(6),
    /** Scheduled workouts. */
    SCHEDULES(7),
    /** Body weight and composition measurements. */
    WEIGHT(9),
    /** Lifetime totals. */
    TOTALS(10),
    /** Goals. */
    GOALS(11),
    /** Blood pressure measurements. */
    BLOOD_PRESSURE(14),
    /** All-day monitoring (steps, heart rate), older layout. */
    MONITORING_A(15),
    /** Activity summaries. */
    ACTIVITY_SUMMARY(20),
    /** Daily monitoring. */
    MONITORING_DAILY(28),
    /** All-day monitoring (steps, heart rate, stress). */
    MONITORING_B(32),
    /** A segment. */
    SEGMENT(34),
    /** A list of segments. */
    SEGMENT_LIST(35),
    /** Data-screen configuration. */
    EXD_CONFIGURATION(40),
    /** A type this product does not know (manufacturer-specific or newer than its profile), or none given. */
    OTHER(-1);

    private final int number;

    FitFileType(int number) {
        this.number = number;
    }

    /** The number in file_id.type, or -1 for {@link #OTHER}. */
    public int number() {
        return number;
    }

    /** How a runner reads it: {@code monitoring b}, {@code activity}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The type for a file_id.type value.
     *
     * @param number the value, any
     * @return the type, {@link #OTHER} if unknown
     */
    public static FitFileType of(long number) {
        for (FitFileType t : values()) {
            if (t.number == number) {
                return t;
            }
        }
        return OTHER;
    }
}
