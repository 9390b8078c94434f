package dev.recovery.importer.track;

import dev.recovery.core.unit.HeartRates;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Folds track points, one at a time, into a {@link TrackSummary}: constant memory whatever the
 * track's length. Used by the GPX and TCX readers.
 *
 * @since 0.1.0
 */
public final class TrackAccumulator {

    /**
     * A gap between two points longer than this is a pause (auto-pause, a stop), not moving time; a
     * device recording "smart" samples every few seconds, never a minute apart while moving.
     */
    public static final long MAX_GAP_SECONDS = 60;
    /** Slower than this (1.8 km/h, well below a walk) a segment counts as standing still. */
    public static final double MIN_MOVING_METRES_PER_SECOND = 0.5;
    /** Heart-rate samples outside this range (bpm) are sensor noise and ignored. */
    public static final int MIN_HEART_RATE = HeartRates.MIN_BPM;
    /** See {@link #MIN_HEART_RATE}. */
    public static final int MAX_HEART_RATE = HeartRates.MAX_BPM;

    private static final long NONE = Long.MIN_VALUE;

    private long firstMillis = NONE;
    private long lastMillis = NONE;
    private double prevLat = Double.NaN;
    private double prevLon = Double.NaN;
    private long prevMillis = NONE;
    private double gpsMetres;
    private double deviceMetres = Double.NaN;
    private double prevDeviceMetres = Double.NaN;
    private long movingMillis;
    private long stillTimedMillis;
    private boolean anyPosition;
    private int prevHr = -1;
    private long prevHrMillis = NONE;
    private double hrWeighted;
    private long hrMillis;
    private long hrSum;
    private int hrCount;
    private int hrMax = -1;
    private int points;

    /** Starts a new segment: the distance between the last point and the next is not counted. */
    public void newSegment() {
        prevLat = Double.NaN;
        prevLon = Double.NaN;
        prevMillis = NONE;
        prevHrMillis = NONE;
    }

    /**
     * Adds one point.
     *
     * @param lat          latitude in degrees, or NaN if the point has no position
     * @param lon          longitude in degrees, or NaN
     * @param epochMillis  its time, or {@link Long#MIN_VALUE} if it has none
     * @param heartRate    bpm, or a negative number if none
     * @param deviceMetres the device's cumulative distance in metres (TCX), or NaN
     */
    public void add(double lat, double lon, long epochMillis, int heartRate, double deviceMetres) {
        points++;
        boolean hasPosition = !Double.isNaN(lat) && !Double.isNaN(lon);
        boolean hasTime = epochMillis != NONE;
        if (hasTime) {
            if (firstMillis == NONE || epochMillis < firstMillis) {
                firstMillis = epochMillis;
            }
            if (lastMillis == NONE || epochMillis > lastMillis) {
                lastMillis = epochMillis;
            }
        }
        double step = 0;
        if (!Double.isNaN(deviceMetres)) {
            if (!Double.isNaN(prevDeviceMetres) && deviceMetres > prevDeviceMetres) {
                step = deviceMetres - prevDeviceMetres;
            }
            prevDeviceMetres = deviceMetres;
            this.deviceMetres = Double.isNaN(this.deviceMetres) ? deviceMetres : Math.max(this.deviceMetres, deviceMetres);
        }
        if (hasPosition) {
            anyPosition = true;
            if (!Double.isNaN(prevLat)) {
                double d = Haversine.metres(prevLat, prevLon, lat, lon);
                gpsMetres += d;
                if (Double.isNaN(deviceMetres)) {
                    step = d;
                }
            }
            prevLat = lat;
            prevLon = lon;
        }
        if (hasTime && prevMillis != NONE) {
            long dt = epochMillis - prevMillis;
            if (dt > 0 && dt <= MAX_GAP_SECONDS * 1000) {
                stillTimedMillis += dt;
                if (step / (dt / 1000.0) >= MIN_MOVING_METRES_PER_SECOND) {
                    movingMillis += dt;
                }
            }
        }
        if (hasTime) {
            prevMillis = epochMillis;
        }
        addHeartRate(heartRate, hasTime ? epochMillis : NONE);
    }

    private void addHeartRate(int heartRate, long millis) {
        if (heartRate < MIN_HEART_RATE || heartRate > MAX_HEART_RATE) {
            return;
        }
        if (prevHr >= 0 && prevHrMillis != NONE && millis != NONE) {
            long dt = millis - prevHrMillis;
            if (dt > 0 && dt <= MAX_GAP_SECONDS * 1000) {
                // Each sample holds until the next one: "smart recording" samples unevenly.
                hrWeighted += (double) prevHr * dt;
                hrMillis += dt;
            }
        }
        hrSum += heartRate;
        hrCount++;
        hrMax = Math.max(hrMax, heartRate);
        prevHr = heartRate;
        prevHrMillis = millis;
    }

    /** The summary of every point added so far. */
    public TrackSummary summary() {
        Optional<Instant> start = firstMillis == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(firstMillis));
        Duration elapsed = firstMillis == NONE ? Duration.ZERO : Duration.ofMillis(lastMillis - firstMillis);
        Duration moving = Duration.ofMillis(anyPosition || !Double.isNaN(deviceMetres) ? movingMillis : stillTimedMillis);
        double metres = !Double.isNaN(deviceMetres) && deviceMetres > 0 ? deviceMetres : gpsMetres;
        OptionalInt avg = OptionalInt.empty();
        if (hrMillis > 0) {
            avg = OptionalInt.of((int) Math.round(hrWeighted / hrMillis));
        } else if (hrCount > 0) {
            avg = OptionalInt.of((int) Math.round((double) hrSum / hrCount));
        }
        OptionalInt max = hrMax < 0 ? OptionalInt.empty() : OptionalInt.of(hrMax);
        return new TrackSummary(start, elapsed, moving, metres, avg, max, points);
    }
}
