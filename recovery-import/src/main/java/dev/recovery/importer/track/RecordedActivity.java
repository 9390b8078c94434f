package dev.recovery.importer.track;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One activity as a GPX or TCX file recorded it, summarised.
 *
 * @param type         the sport as the file names it ({@code running}, {@code Biking}, {@code 9}), if any
 * @param name         the file's title for it, if any
 * @param start        when it started, if the file has times
 * @param duration     moving time (TCX: the laps' timer time), zero if unknown
 * @param metres       distance in metres, 0 if unknown
 * @param avgHeartRate average heart rate in bpm, if recorded
 * @param maxHeartRate maximum heart rate in bpm, if recorded
 * @param points       track points read
 * @since 0.1.0
 */
public record RecordedActivity(Optional<String> type, Optional<String> name, Optional<Instant> start, Duration duration,
        double metres, OptionalInt avgHeartRate, OptionalInt maxHeartRate, int points) {
}
