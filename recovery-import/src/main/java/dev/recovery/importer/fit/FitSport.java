package dev.recovery.importer.fit;

import dev.recovery.importer.activity.ActivityKind;
import java.util.Optional;

/**
 * A FIT sport and sub-sport (the profile's {@code sport} and {@code sub_sport} enums), and what the
 * runner's log makes of them: any running (road, trail, track, treadmill, indoor, virtual) is a run;
 * cycling and e-biking a ride; swimming a swim; walking and hiking a walk; the elliptical (fitness
 * equipment, sub-sport elliptical) cross-training on it; strength and cardio training, HIIT and
 * generic training a strength session; yoga, pilates and flexibility training yoga. Everything else
 * (rowing, skiing, kayaking, golf...) is not logged and is skipped, counted by its name.
 *
 * @param sport    the sport number, 0 (generic) to 254
 * @param subSport the sub-sport number, 0 (generic) to 254
 */
public record FitSport(int sport, int subSport) {

    /** Enum sport values used here (FIT profile). */
    static final int GENERIC = 0;
    static final int CYCLING = 2;
    static final int FITNESS_EQUIPMENT = 4;
    static final int SWIMMING = 5;
    static final int TRAINING = 10;
    static final int WALKING = 11;
    static final int HIKING = 17;
    static final int E_BIKING = 21;
    static final int HIIT = 62;

    /** Enum sub_sport values used here (FIT profile). */
    static final int SUB_TREADMILL = 1;
    static final int SUB_TRAIL = 3;
    static final int SUB_TRACK = 4;
    static final int SUB_SPIN = 5;
    static final int SUB_INDOOR_CYCLING = 6;
    static final int SUB_ELLIPTICAL = 15;
    static final int SUB_FLEXIBILITY = 19;
    static final int SUB_STRENGTH = 20;
    static final int SUB_CARDIO = 26;
    static final int SUB_INDOOR_WALKING = 27;
    static final int SUB_BIKE_TO_RUN = 32;
    static final int SUB_RUN_TO_BIKE = 33;
    static final int SUB_SWIM_TO_BIKE = 34;
    static final int SUB_YOGA = 43;
    static final int SUB_PILATES = 44;
    static final int SUB_INDOOR_RUNNING = 45;
    static final int SUB_HIIT = 70;

    /** The profile's names of sports 0-49, indexed by number; later ones are shown as {@code sport N}. */
    private static final String[] NAMES = {
        "generic", "running", "cycling", "transition", "fitness equipment", "swimming", "basketball", "soccer",
        "tennis", "american football", "training", "walking", "cross country skiing", "alpine skiing",
        "snowboarding", "rowing", "mountaineering", "hiking", "multisport", "paddling", "flying", "e biking",
        "motorcycling", "boating", "driving", "golf", "hang gliding", "horseback riding", "hunting", "fishing",
        "inline skating", "rock climbing", "sailing", "ice skating", "sky diving", "snowshoeing", "snowmobiling",
        "stand up paddleboarding", "surfing", "wakeboarding", "water skiing", "kayaking", "rafting", "windsurfing",
        "kitesurfing", "tactical", "jumpmaster", "boxing", "floor climbing", "baseball",
    };
    private static final int MAX_ENUM = 254;

    /** @throws IllegalArgumentException if a number is outside 0-254 */
    public FitSport {
        dev.recovery.core.unit.Checks.inRange("sport", sport, 0, MAX_ENUM);
        dev.recovery.core.unit.Checks.inRange("sub-sport", subSport, 0, MAX_ENUM);
    }

    /**
     * The sport a FIT message recorded.
     *
     * @param sport    the sport value, or -1 if the message has none (read as generic)
     * @param subSport the sub-sport value, or -1 if none (read as generic)
     * @return the sport
     */
    public static FitSport of(long sport, long subSport) {
        return new FitSport(sport < 0 || sport > MAX_ENUM ? GENERIC : (int) sport,
                subSport < 0 || subSport > MAX_ENUM ? FitProfile.SUB_SPORT_GENERIC : (int) subSport);
    }

    /**
     * True for a multisport file's transition (T1, T2): time between the legs, not an activity.
     *
     * @return whether this session is a transition
     */
    public boolean isTransition() {
        return sport == FitProfile.SPORT_TRANSITION || subSport == SUB_BIKE_TO_RUN || subSport == SUB_RUN_TO_BIKE
                || subSport == SUB_SWIM_TO_BIKE;
    }

    /**
     * What the runner's log makes of this sport.
     *
     * @return the kind, or empty for a sport the log does not hold (the activity is skipped)
     */
    public Optional<ActivityKind> kind() {
        switch (sport) {
            case FitProfile.SPORT_RUNNING:
                return Optional.of(ActivityKind.RUN);
            case CYCLING:
            case E_BIKING:
                return Optional.of(ActivityKind.BIKE);
            case SWIMMING:
                return Optional.of(ActivityKind.SWIM);
            case WALKING:
            case HIKING:
                return Optional.of(ActivityKind.WALK);
            case HIIT:
                return Optional.of(ActivityKind.STRENGTH);
            case FITNESS_EQUIPMENT:
                return equipment();
            case TRAINING:
                return training();
            case GENERIC:
                return subSport == SUB_YOGA || subSport == SUB_PILATES ? Optional.of(ActivityKind.YOGA) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private Optional<ActivityKind> equipment() {
        switch (subSport) {
            case SUB_ELLIPTICAL:
                return Optional.of(ActivityKind.ELLIPTICAL);
            case SUB_TREADMILL:
            case SUB_INDOOR_RUNNING:
                return Optional.of(ActivityKind.RUN);
            case SUB_INDOOR_WALKING:
                return Optional.of(ActivityKind.WALK);
            case SUB_SPIN:
            case SUB_INDOOR_CYCLING:
                return Optional.of(ActivityKind.BIKE);
            case SUB_STRENGTH:
            case SUB_CARDIO:
            case SUB_HIIT:
                return Optional.of(ActivityKind.STRENGTH);
            case SUB_YOGA:
            case SUB_PILATES:
            case SUB_FLEXIBILITY:
                return Optional.of(ActivityKind.YOGA);
            default:
                return Optional.empty();
        }
    }

    private Optional<ActivityKind> training() {
        switch (subSport) {
            case SUB_YOGA:
            case SUB_PILATES:
            case SUB_FLEXIBILITY:
                return Optional.of(ActivityKind.YOGA);
            default:
                return Optional.of(ActivityKind.STRENGTH);
        }
    }

    /**
     * How a runner reads the sport: {@code running}, {@code trail running}, {@code treadmill running},
     * {@code kayaking}, {@code sport 71}.
     *
     * @return the name
     */
    public String label() {
        String base = sport < NAMES.length ? NAMES[sport] : "sport " + sport;
        if (sport == FitProfile.SPORT_RUNNING) {
            switch (subSport) {
                case SUB_TRAIL:
                    return "trail running";
                case SUB_TREADMILL:
                case SUB_INDOOR_RUNNING:
                    return "treadmill running";
                case SUB_TRACK:
                    return "track running";
                default:
                    return base;
            }
        }
        return base;
    }
}
