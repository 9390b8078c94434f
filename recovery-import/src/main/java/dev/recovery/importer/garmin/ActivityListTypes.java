package dev.recovery.importer.garmin;

import dev.recovery.importer.activity.ActivityKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Garmin Connect's activity types as its activity list names them, in English ({@code Running},
 * {@code Treadmill Running}, {@code Road Cycling}, {@code Pool Swim}, {@code Strength Training})
 * and German ({@code Laufen}, {@code Laufband}, {@code Radfahren}, {@code Schwimmbadschwimmen},
 * {@code Krafttraining}). Anything else is skipped and counted under its own name.
 */
public final class ActivityListTypes {

    /** Types whose English words {@link ActivityKind#forType} does not know, and the German ones. */
    private static final Map<String, ActivityKind> NAMES = Map.ofEntries(
            Map.entry("pool swim", ActivityKind.SWIM), Map.entry("pool swimming", ActivityKind.SWIM),
            Map.entry("laufen", ActivityKind.RUN), Map.entry("laufband", ActivityKind.RUN), Map.entry("laufbandlaufen", ActivityKind.RUN),
            Map.entry("trailrunning", ActivityKind.RUN), Map.entry("trail-running", ActivityKind.RUN),
            Map.entry("indoor-laufen", ActivityKind.RUN), Map.entry("bahnlauf", ActivityKind.RUN), Map.entry("straßenlauf", ActivityKind.RUN),
            Map.entry("radfahren", ActivityKind.BIKE), Map.entry("rennradfahren", ActivityKind.BIKE),
            Map.entry("indoor-radfahren", ActivityKind.BIKE), Map.entry("indoor radfahren", ActivityKind.BIKE),
            Map.entry("mountainbiken", ActivityKind.BIKE), Map.entry("mountainbike", ActivityKind.BIKE),
            Map.entry("gravel-radfahren", ActivityKind.BIKE), Map.entry("gravel/offroad-radfahren", ActivityKind.BIKE),
            Map.entry("schwimmen", ActivityKind.SWIM), Map.entry("schwimmbadschwimmen", ActivityKind.SWIM),
            Map.entry("freiwasserschwimmen", ActivityKind.SWIM), Map.entry("gehen", ActivityKind.WALK),
            Map.entry("wandern", ActivityKind.WALK), Map.entry("krafttraining", ActivityKind.STRENGTH),
            Map.entry("yoga", ActivityKind.YOGA), Map.entry("crosstrainer", ActivityKind.ELLIPTICAL),
            Map.entry("ellipsentrainer", ActivityKind.ELLIPTICAL));

    private ActivityListTypes() {
    }

    /**
     * The kind for a Garmin Connect activity type, or empty to skip it.
     *
     * @param type the type as the list wrote it
     * @return the kind, if the log holds that sport
     */
    public static Optional<ActivityKind> kind(String type) {
        ActivityKind named = NAMES.get(type.strip().toLowerCase(Locale.ROOT));
        return named != null ? Optional.of(named) : ActivityKind.forType(type);
    }
}
