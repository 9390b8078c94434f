package dev.recovery.importer.fit;

import dev.recovery.importer.track.RecordedActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One activity of a FIT activity file: a FIT {@code session} message and what came with it. A
 * multisport file (triathlon, duathlon) has one per leg; its transitions are left out.
 *
 * @param sport        the sport and sub-sport
 * @param start        when it started (session.start_time, else the first record's time)
 * @param elapsed      the elapsed time, pauses included
 * @param timer        the moving (timer) time, pauses left out; the elapsed time when not recorded
 * @param metres       the distance in metres, 0 if the session recorded none (strength, yoga)
 * @param avgHeartRate the average heart rate in bpm: the session's own, else the average of its
 *                     records' heart rates
 * @param maxHeartRate the highest heart rate in bpm: the session's own, else the highest record
 * @param laps         its laps, in order (at most {@link FitReader#MAX_LAPS_KEPT} kept)
 * @param lapCount     how many laps it had (session.num_laps, else the laps counted)
 * @param records      how many record messages (track points) came with it
 */
public record FitSession(FitSport sport, Instant start, Duration elapsed, Duration timer, double metres,
        OptionalInt avgHeartRate, OptionalInt maxHeartRate, List<FitLap> laps, int lapCount, int records) {

    /** @throws IllegalArgumentException if a value is missing or negative */
    public FitSession {
        dev.recovery.core.unit.Checks.required("sport", sport, "a sport");
        dev.recovery.core.unit.Checks.required("start", start, "a start time");
        dev.recovery.core.unit.Checks.required("elapsed", elapsed, "a duration");
        dev.recovery.core.unit.Checks.required("timer", timer, "a duration");
        dev.recovery.core.unit.Checks.required("avg-hr", avgHeartRate, "a heart rate, or none");
        dev.recovery.core.unit.Checks.required("max-hr", maxHeartRate, "a heart rate, or none");
        laps = List.copyOf(laps);
        if (elapsed.isNegative() || timer.isNegative() || !(metres >= 0) || lapCount < 0 || records < 0) {
            throw dev.recovery.core.unit.Checks.invalid("session", elapsed + " " + timer + " " + metres,
                    "times, a distance and counts of at least 0");
        }
    }

    /**
     * The session as the importer's track summary, to fill in or check a Strava CSV row: its type is
     * the sport's label, its duration the moving time.
     *
     * @return the summary
     */
    public RecordedActivity toRecorded() {
        return new RecordedActivity(Optional.of(sport.label()), Optional.empty(), Optional.of(start), timer, metres,
                avgHeartRate, maxHeartRate, records);
    }
}
