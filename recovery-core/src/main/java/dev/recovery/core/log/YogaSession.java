package dev.recovery.core.log;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A yoga or mobility session.
 *
 * <p>Its heart rate is kept (a watch records one) and shown, but its load is never computed from
 * it: heart rate under-reads the effort of resistance and mobility work, for which the session RPE
 * is the validated measure (Foster et al. 2001, J Strength Cond Res 15:109; Day et al. 2004,
 * J Strength Cond Res 18:353). Without an RPE the load is estimated (see
 * {@code dev.recovery.core.load.LoadModel}).
 *
 * @param date         the day (1900-2100)
 * @param duration     how long, more than 0 and at most 48 h
 * @param rpe          how hard it felt (CR-10), if given
 * @param avgHeartRate average heart rate in bpm ({@value dev.recovery.core.unit.HeartRates#MIN_BPM}-{@value dev.recovery.core.unit.HeartRates#MAX_BPM}), if known
 * @since 0.1.0
 */
public record YogaSession(LocalDate date, Duration duration, Optional<Rpe> rpe, OptionalInt avgHeartRate) implements Session {

    /** @throws IllegalArgumentException naming the first invalid field, its value and what is allowed */
    public YogaSession {
        Dates.check("date", date);
        SessionChecks.duration(duration);
        Checks.required("rpe", rpe, "an RPE from 1 to 10, or none");
        SessionChecks.heartRate("avg-hr", avgHeartRate);
    }

    /**
     * A session without a heart rate (the record's shape before heart rates were kept).
     *
     * @param date     the day (1900-2100)
     * @param duration how long, more than 0 and at most 48 h
     * @param rpe      how hard it felt (CR-10), if given
     * @throws IllegalArgumentException naming the first invalid field, its value and what is allowed
     */
    public YogaSession(LocalDate date, Duration duration, Optional<Rpe> rpe) {
        this(date, duration, rpe, OptionalInt.empty());
    }

    /** A session of {@code duration} on {@code date}, with no RPE or heart rate. */
    public static YogaSession of(LocalDate date, Duration duration) {
        return new YogaSession(date, duration, Optional.empty(), OptionalInt.empty());
    }

    /** A copy with the given RPE. */
    public YogaSession withRpe(Rpe value) {
        return new YogaSession(date, duration, Optional.of(value), avgHeartRate);
    }

    /**
     * A copy with the given average heart rate.
     *
     * @param bpm beats per minute, {@value dev.recovery.core.unit.HeartRates#MIN_BPM}-{@value dev.recovery.core.unit.HeartRates#MAX_BPM}
     * @throws IllegalArgumentException if it is outside that range
     */
    public YogaSession withAvgHeartRate(int bpm) {
        return new YogaSession(date, duration, rpe, OptionalInt.of(bpm));
    }
}
