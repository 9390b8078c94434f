package dev.recovery.plans.workout;

import dev.recovery.core.pace.TrainingZone;
import dev.recovery.core.unit.Checks;

/**
 * The training zone a step is run in, by Daniels' letters (Daniels' Running Formula, 3rd ed. 2014):
 * E easy, M marathon pace, T threshold, I interval, R repetition. The id is the letter, as in the
 * JSON exports ({@code "zone": "I"}).
 */
public enum Zone {
    /** Easy: warm-ups, cool-downs, jog recoveries, easy, recovery and long runs. */
    E(TrainingZone.EASY),
    /** Marathon pace: marathon-pace runs and the marathon-pace segment of a long run. */
    M(TrainingZone.MARATHON),
    /** Threshold: steady tempo runs and cruise intervals. */
    T(TrainingZone.THRESHOLD),
    /** Interval: hard bouts of 3-5 min with jog recoveries about as long. */
    I(TrainingZone.INTERVAL),
    /** Repetition: short fast reps, hills and strides, with full recovery. */
    R(TrainingZone.REPETITION);

    private final TrainingZone trainingZone;

    Zone(TrainingZone trainingZone) {
        this.trainingZone = trainingZone;
    }

    /** {@return the core training zone whose pace this zone is run at} */
    public TrainingZone trainingZone() {
        return trainingZone;
    }

    /** {@return the id shown to users and written to JSON: the letter {@code E}, {@code M}, {@code T}, {@code I} or {@code R}} */
    public String id() {
        return name();
    }

    /** {@return true for the quality zones (M, T, I, R), whose volume per session is limited} */
    public boolean isQuality() {
        return this != E;
    }

    /**
     * Parses a zone letter ({@code E}, {@code M}, {@code T}, {@code I}, {@code R}, any case) or a
     * core zone id such as {@code threshold}.
     *
     * @param text the letter or id
     * @return the zone
     * @throws IllegalArgumentException naming {@code zone}, the text and the accepted letters
     */
    public static Zone parse(String text) {
        if (text != null) {
            String wanted = text.strip();
            for (Zone zone : values()) {
                if (zone.name().equalsIgnoreCase(wanted) || zone.trainingZone.id().equalsIgnoreCase(wanted)) {
                    return zone;
                }
            }
        }
        throw Checks.invalid("zone", text, "one of E, M, T, I, R");
    }
}
