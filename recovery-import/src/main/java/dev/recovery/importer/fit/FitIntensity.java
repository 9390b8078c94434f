package dev.recovery.importer.fit;

import java.util.Optional;

/** How hard a workout step is meant to be: the FIT profile's {@code intensity} enum, as a watch shows it. */
public enum FitIntensity {
    /** The work itself (a rep, a tempo stretch, a steady run). */
    ACTIVE(0),
    /** Standing rest between reps. */
    REST(1),
    /** Warm-up before the work. */
    WARM_UP(2),
    /** Cool-down after it. */
    COOL_DOWN(3),
    /** Easy jogging between reps. */
    RECOVERY(4);

    private final int number;

    FitIntensity(int number) {
        this.number = number;
    }

    /** The value written in workout_step.intensity. */
    public int number() {
        return number;
    }

    /**
     * The intensity a workout_step.intensity value names.
     *
     * @param number the value
     * @return the intensity, or empty for one this model does not hold (interval, other)
     */
    public static Optional<FitIntensity> of(long number) {
        for (FitIntensity i : values()) {
            if (i.number == number) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
