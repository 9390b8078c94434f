package dev.recovery.importer.activity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the activity type a GPX or TCX file states: Garmin Connect's words with underscores
 * ({@code running}, {@code trail_running}, {@code road_biking}, {@code mountain_biking},
 * {@code indoor_cycling}, {@code lap_swimming}, {@code strength_training}...), TCX's
 * {@code Running} and {@code Biking}, Strava's words and the numbers Strava writes into the GPX
 * files of its exports ({@code 9} a run, {@code 1} a ride). {@code Other} and the like state
 * nothing, and the activity is judged from its speed ({@link KindFromSpeed}).
 */
public final class TrackTypes {

    /** Strava's number for a run in the GPX files it writes. */
    public static final String STRAVA_RUN = "9";
    /** Strava's number for a ride. */
    public static final String STRAVA_RIDE = "1";

    /** Types that say nothing about the sport: TCX's {@code Other}, Garmin's {@code uncategorized}, FIT's {@code generic}. */
    private static final Set<String> UNSTATED = Set.of("", "other", "generic", "uncategorized", "unknown", "all", "none");

    private TrackTypes() {
    }

    /** True if {@code type} is absent or says nothing about the sport. */
    public static boolean isUnstated(Optional<String> type) {
        return type.map(t -> UNSTATED.contains(t.strip().toLowerCase(Locale.ROOT))).orElse(true);
    }

    /**
     * The kind a stated type means, or empty for a sport the log does not hold (it is skipped and
     * counted under its own name).
     *
     * @param type the type as the file wrote it
     * @return the kind, if the log holds that sport
     */
    public static Optional<ActivityKind> kind(String type) {
        switch (type.strip()) {
            case STRAVA_RUN:
                return Optional.of(ActivityKind.RUN);
            case STRAVA_RIDE:
                return Optional.of(ActivityKind.BIKE);
            default:
                return ActivityKind.forType(type);
        }
    }
}
