package dev.recovery.core.log;

import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A strength session (squats, deadlifts, calf raises, glute and core work).
 *
 * @param date     the day (1900-2100)
 * @param duration how long, more than 0 and at most 48 h
 * @param rpe      how hard it felt (CR-10), if given
 * @since 0.1.0
 */
public record StrengthSession(LocalDate date, Duration duration, Optional<Rpe> rpe) implements Session {

    /** @throws IllegalArgumentException naming the first invalid field, its value and what is allowed */
    public StrengthSession {
        Dates.check("date", date);
        SessionChecks.duration(duration);
        dev.recovery.core.unit.Checks.required("rpe", rpe, "an RPE from 1 to 10, or none");
    }

    /** A session of {@code duration} on {@code date}, with no RPE. */
    public static StrengthSession of(LocalDate date, Duration duration) {
        return new StrengthSession(date, duration, Optional.empty());
    }

    /** A copy with the given RPE. */
    public StrengthSession withRpe(Rpe value) {
        return new StrengthSession(date, duration, Optional.of(value));
    }
}
