package dev.recovery.core.log;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A low-impact cross-training session: bike, elliptical, swim or walk.
 *
 * @param date         the day (1900-2100)
 * @param activity     which activity
 * @param duration     how long, more than 0 and at most 48 h
 * @param rpe          how hard it felt (CR-10), if given
 * @param avgHeartRate average heart rate in bpm ({@value dev.recovery.core.unit.HeartRates#MIN_BPM}-{@value dev.recovery.core.unit.HeartRates#MAX_BPM}), if known
  *
 * @since 0.1.0
 */
public record CrossTraining(LocalDate date, CrossActivity activity, Duration duration, Optional<Rpe> rpe,
        OptionalInt avgHeartRate) implements Session {

    /** @throws IllegalArgumentException naming the first invalid field, its value and what is allowed */
    public CrossTraining {
        Dates.check("date", date);
        Checks.requiredOneOf("activity", activity, CrossActivity.class);
        SessionChecks.duration(duration);
        Checks.required("rpe", rpe, "an RPE from 1 to 10, or none");
        SessionChecks.heartRate("avg-hr", avgHeartRate);
    }

    /** A session with no RPE or heart rate. */
    public static CrossTraining of(LocalDate date, CrossActivity activity, Duration duration) {
        return new CrossTraining(date, activity, duration, Optional.empty(), OptionalInt.empty());
    }

    /** A copy with the given RPE. */
    public CrossTraining withRpe(Rpe value) {
        return new CrossTraining(date, activity, duration, Optional.of(value), avgHeartRate);
    }
}
