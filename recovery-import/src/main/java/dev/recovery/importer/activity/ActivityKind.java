package dev.recovery.importer.activity;

import dev.recovery.core.log.CrossActivity;
import dev.recovery.core.unit.Checks;
import java.util.Locale;
import java.util.Optional;

/**
 * What an imported activity becomes in the runner's log.
 *
 * @since 0.1.0
 */
public enum ActivityKind {
    /** A {@link dev.recovery.core.log.Run} (Strava Run, Trail Run, Virtual Run). */
    RUN(true),
    /** Cross-training on a bike (Strava Ride, Virtual Ride). */
    BIKE(true),
    /** Cross-training in the pool or open water. */
    SWIM(true),
    /** Cross-training on the elliptical. */
    ELLIPTICAL(false),
    /** Cross-training on foot (Strava Walk, Hike). */
    WALK(true),
    /** A {@link dev.recovery.core.log.StrengthSession} (Strava Weight Training, Workout). */
    STRENGTH(false),
    /** A {@link dev.recovery.core.log.YogaSession}. */
    YOGA(false);

    private final boolean hasDistance;

    ActivityKind(boolean hasDistance) {
        this.hasDistance = hasDistance;
    }

    /** True for activities measured in distance (its distance is kept for deduplication). */
    public boolean hasDistance() {
        return hasDistance;
    }

    /** The cross-training activity this kind is logged as, if it is cross-training. */
    public Optional<CrossActivity> crossActivity() {
        switch (this) {
            case BIKE:
                return Optional.of(CrossActivity.BIKE);
            case SWIM:
                return Optional.of(CrossActivity.SWIM);
            case ELLIPTICAL:
                return Optional.of(CrossActivity.ELLIPTICAL);
            case WALK:
                return Optional.of(CrossActivity.WALK);
            default:
                return Optional.empty();
        }
    }

    /** The id shown to users: {@code run}, {@code bike}, ... */
    public String id() {
        return Checks.id(this);
    }

    /**
     * The kind for an activity type as Strava, Garmin or a runner names it, ignoring case, blanks,
     * hyphens and underscores ({@code Run}, {@code Trail Run}, {@code VirtualRide}, {@code running},
     * {@code biking}, Garmin Connect's {@code road_biking}, {@code mountain_biking},
     * {@code indoor_cycling}, {@code trail_running}, {@code weight_training}...), or empty for a type the product does not log
     * (the importer skips and counts those).
     */
    public static Optional<ActivityKind> forType(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String t = type.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        switch (t) {
            case "run": case "running": case "trailrun": case "trailrunning": case "virtualrun": case "treadmill":
            case "treadmillrunning": case "streetrunning": case "trackrunning": case "indoorrunning": case "ultrarun":
            case "easy": case "long": case "tempo": case "intervals": case "interval":
            case "marathonpace": case "mp": case "recovery": case "race":
                return Optional.of(RUN);
            case "ride": case "virtualride": case "bike": case "biking": case "cycling": case "cycle":
            case "roadbiking": case "roadcycling": case "mountainbiking": case "mountainbikeride": case "indoorcycling":
            case "gravelcycling": case "gravelride": case "cyclocross": case "trackcycling": case "recumbentcycling":
                return Optional.of(BIKE);
            case "swim": case "swimming": case "lapswimming": case "openwaterswimming":
                return Optional.of(SWIM);
            case "elliptical":
                return Optional.of(ELLIPTICAL);
            case "walk": case "walking": case "hike": case "hiking": case "casualwalking": case "speedwalking":
                return Optional.of(WALK);
            case "weighttraining": case "workout": case "strength": case "strengthtraining":
                return Optional.of(STRENGTH);
            case "yoga":
                return Optional.of(YOGA);
            default:
                return Optional.empty();
        }
    }
}
