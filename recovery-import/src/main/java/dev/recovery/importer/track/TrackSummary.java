package dev.recovery.importer.track;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a recorded track says about a session, computed from its points.
 *
 * @param start        the first timed point, if any
 * @param elapsed      first to last timed point (zero without times)
 * @param moving       time spent moving: gaps over {@link TrackAccumulator#MAX_GAP_SECONDS} and
 *                     segments slower than {@link TrackAccumulator#MIN_MOVING_METRES_PER_SECOND}
 *                     left out (a stop at a crossing, an auto-pause); the elapsed time for tracks
 *                     without positions
 * @param metres       distance in metres: the device's own cumulative distance where the file has
 *                     one (TCX), else the haversine sum along each segment
 * @param avgHeartRate time-weighted average heart rate in bpm, if the track has heart rate
 * @param maxHeartRate highest heart rate in bpm, if any
 * @param points       how many track points were read
 * @since 0.1.0
 */
public record TrackSummary(Optional<Instant> start, Duration elapsed, Duration moving, double metres,
        OptionalInt avgHeartRate, OptionalInt maxHeartRate, int points) {

    /** True if the track has at least one timed point. */
    public boolean hasTime() {
        return start.isPresent();
    }
}
