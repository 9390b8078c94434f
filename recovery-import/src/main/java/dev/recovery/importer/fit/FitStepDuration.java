package dev.recovery.importer.fit;

import dev.recovery.core.unit.Checks;
import java.time.Duration;

/**
 * How long a workout step lasts, in the FIT protocol's own units so that a written workout reads
 * back exactly: a distance in centimetres, a time in milliseconds, or open (until the runner presses
 * lap).
 *
 * @param type  distance, time or open
 * @param value centimetres for {@link Type#DISTANCE}, milliseconds for {@link Type#TIME}, 0 for
 *              {@link Type#OPEN}
 */
public record FitStepDuration(Type type, long value) {

    /** The largest value a step's duration holds (uint32 less its invalid value): about 42,949 km or 49 days. */
    public static final long MAX_VALUE = 0xFFFF_FFFEL;

    /** What ends a step. */
    public enum Type {
        /** A distance covered. */
        DISTANCE,
        /** A time elapsed. */
        TIME,
        /** The lap button. */
        OPEN
    }

    /** @throws IllegalArgumentException if the value does not fit the type */
    public FitStepDuration {
        Checks.requiredOneOf("duration-type", type, Type.class);
        if (type == Type.OPEN ? value != 0 : value < 1 || value > MAX_VALUE) {
            throw Checks.invalid("duration", value, type == Type.OPEN ? "0 for an open step"
                    : "1 to " + MAX_VALUE + (type == Type.DISTANCE ? " centimetres" : " milliseconds"));
        }
    }

    /**
     * A step of {@code metres}, to the centimetre.
     *
     * @param metres more than 0
     * @return the duration
     * @throws IllegalArgumentException if {@code metres} is not positive or too large
     */
    public static FitStepDuration ofMetres(double metres) {
        if (!(metres > 0) || metres * FitProfile.DISTANCE_SCALE > MAX_VALUE) {
            throw Checks.invalid("metres", metres, "more than 0 m and at most " + MAX_VALUE / FitProfile.DISTANCE_SCALE + " m");
        }
        return new FitStepDuration(Type.DISTANCE, Math.max(1, Math.round(metres * FitProfile.DISTANCE_SCALE)));
    }

    /**
     * A step of {@code time}, to the millisecond.
     *
     * @param time more than zero
     * @return the duration
     * @throws IllegalArgumentException if {@code time} is not positive or too long
     */
    public static FitStepDuration ofTime(Duration time) {
        Checks.required("time", time, "a duration");
        if (time.isNegative() || time.isZero() || time.toMillis() > MAX_VALUE) {
            throw Checks.invalid("time", time, "more than 0 s and at most " + MAX_VALUE / FitProfile.TIME_SCALE + " s");
        }
        return new FitStepDuration(Type.TIME, time.toMillis());
    }

    /** A step that lasts until the runner presses lap. */
    public static FitStepDuration open() {
        return new FitStepDuration(Type.OPEN, 0);
    }

    /** The distance in metres (0 unless a distance step). */
    public double metres() {
        return type == Type.DISTANCE ? value / (double) FitProfile.DISTANCE_SCALE : 0;
    }

    /** The time (zero unless a time step). */
    public Duration time() {
        return type == Type.TIME ? Duration.ofMillis(value) : Duration.ZERO;
    }
}
