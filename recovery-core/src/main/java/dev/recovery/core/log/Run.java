package dev.recovery.core.log;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Dates;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.unit.Pace;
import dev.recovery.core.unit.Rpe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A run in the log.
 *
 * @param date          the day it was run (1900-2100)
 * @param distance      how far, more than 0 and at most {@value #MAX_KM} km
 * @param duration      how long (moving time), at most 48 h; the average pace must lie between
 *                      2:00/km and 20:00/km, which catches typos such as 10 km in 5 minutes
 * @param type          easy, long, tempo, intervals, marathon-pace, recovery or race
 * @param rpe           how hard it felt (CR-10), if given
 * @param avgHeartRate  average heart rate in bpm ({@value dev.recovery.core.unit.HeartRates#MIN_BPM}-{@value dev.recovery.core.unit.HeartRates#MAX_BPM}), if known
 * @param maxHeartRate  maximum heart rate in bpm ({@value dev.recovery.core.unit.HeartRates#MIN_BPM}-{@value dev.recovery.core.unit.HeartRates#MAX_BPM}, not below the average), if known
 * @param shoe          the shoe worn, by the runner's name for it, if given
 * @param note          a free note, if given
 * @since 0.1.0
 */
public record Run(LocalDate date, Distance distance, Duration duration, RunType type, Optional<Rpe> rpe,
        OptionalInt avgHeartRate, OptionalInt maxHeartRate, Optional<String> shoe, Optional<String> note)
        implements Session {

    /** The longest single run accepted, in km: beyond the longest single-stage ultras. */
    public static final double MAX_KM = 500;

    /** @throws IllegalArgumentException naming the first invalid field, its value and what is allowed */
    public Run {
        Dates.check("date", date);
        Checks.required("distance", distance, "a distance such as 10km");
        if (distance.metres() <= 0 || distance.km() > MAX_KM) {
            throw Checks.invalidFormatted("distance", distance.toString(), "more than 0 and at most " + (int) MAX_KM + " km");
        }
        SessionChecks.duration(duration);
        Checks.requiredOneOf("type", type, RunType.class);
        double secondsPerKm = duration.toMillis() / 1000.0 / distance.km();
        if (secondsPerKm < Pace.MIN_SECONDS_PER_KM || secondsPerKm > Pace.MAX_SECONDS_PER_KM) {
            throw Checks.invalidFormatted("duration", Durations.format(duration) + " for " + distance,
                    "a time giving a pace from 2:00/km to 20:00/km");
        }
        Checks.required("rpe", rpe, "an RPE from 1 to 10, or none");
        SessionChecks.heartRate("avg-hr", avgHeartRate);
        SessionChecks.heartRate("max-hr", maxHeartRate);
        if (avgHeartRate.isPresent() && maxHeartRate.isPresent() && avgHeartRate.getAsInt() > maxHeartRate.getAsInt()) {
            throw Checks.invalid("avg-hr", avgHeartRate.getAsInt(), "at most the maximum heart rate " + maxHeartRate.getAsInt());
        }
        shoe = Checks.required("shoe", shoe, "a shoe name, or none").map(String::strip).filter(s -> !s.isEmpty());
        note = Checks.required("note", note, "a note, or none").map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A run with no RPE, heart rate, shoe or note. */
    public static Run of(LocalDate date, Distance distance, Duration duration, RunType type) {
        return new Run(date, distance, duration, type, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The average pace. */
    public Pace pace() {
        return Pace.of(distance, duration);
    }

    /** A copy with the given RPE. */
    public Run withRpe(Rpe value) {
        return new Run(date, distance, duration, type, Optional.of(value), avgHeartRate, maxHeartRate, shoe, note);
    }

    /** A copy with the given average and maximum heart rates (bpm). */
    public Run withHeartRate(int avg, int max) {
        return new Run(date, distance, duration, type, rpe, OptionalInt.of(avg), OptionalInt.of(max), shoe, note);
    }

    /** A copy with the given average heart rate (bpm) and no maximum. */
    public Run withAvgHeartRate(int avg) {
        return new Run(date, distance, duration, type, rpe, OptionalInt.of(avg), maxHeartRate, shoe, note);
    }

    /** A copy worn in {@code shoeName}. */
    public Run withShoe(String shoeName) {
        return new Run(date, distance, duration, type, rpe, avgHeartRate, maxHeartRate, Optional.ofNullable(shoeName), note);
    }

    /** A copy with {@code text} as its note. */
    public Run withNote(String text) {
        return new Run(date, distance, duration, type, rpe, avgHeartRate, maxHeartRate, shoe, Optional.ofNullable(text));
    }
}
