package dev.recovery.importer.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Distance, moving time and heart rate of a track, point by point, at the exact thresholds: a gap
 * of 60 s still moves and one a millisecond longer is a pause; 0.5 m/s moves and anything slower
 * stands still; 25 and 250 bpm count and the readings beyond are noise.
 */
class TrackAccumulatorTest {

    private static final long T0 = Instant.parse("2024-03-05T07:30:00Z").toEpochMilli();
    private static final double NO_POSITION = Double.NaN;
    private static final double NO_DEVICE = Double.NaN;
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final int NO_HR = -1;
    /** One degree of a great circle on the IUGG mean sphere, in metres. */
    private static final double DEGREE_METRES = Haversine.EARTH_RADIUS_METRES * Math.PI / 180;

    /** A point with a time and the device's cumulative distance only (an indoor TCX). */
    private static void device(TrackAccumulator t, long seconds, double metres) {
        t.add(NO_POSITION, NO_POSITION, T0 + seconds * 1000, NO_HR, metres);
    }

    /** A point on the meridian 5 degrees east, timed. */
    private static void gps(TrackAccumulator t, double lat, long millis) {
        t.add(lat, 5, T0 + millis, NO_HR, NO_DEVICE);
    }

    /** A timed point with heart rate only. */
    private static void hr(TrackAccumulator t, long seconds, int bpm) {
        t.add(NO_POSITION, NO_POSITION, T0 + seconds * 1000, bpm, NO_DEVICE);
    }

    @Test
    void anEmptyTrackHasNoStartNoTimeNoDistanceNoHeartRate() {
        TrackSummary s = new TrackAccumulator().summary();
        assertFalse(s.hasTime());
        assertEquals(Duration.ZERO, s.elapsed());
        assertEquals(Duration.ZERO, s.moving());
        assertEquals(0, s.metres());
        assertTrue(s.avgHeartRate().isEmpty());
        assertTrue(s.maxHeartRate().isEmpty());
        assertEquals(0, s.points());
    }

    @Test
    void everyPointIsCountedEvenWithoutPositionOrTime() {
        TrackAccumulator t = new TrackAccumulator();
        t.add(NO_POSITION, NO_POSITION, NO_TIME, NO_HR, NO_DEVICE);
        t.add(45, 5, NO_TIME, NO_HR, NO_DEVICE);
        t.add(NO_POSITION, NO_POSITION, T0, NO_HR, NO_DEVICE);
        assertEquals(3, t.summary().points());
    }

    @Test
    void pointsWithoutTimeGiveNoStart() {
        TrackAccumulator t = new TrackAccumulator();
        t.add(45, 5, NO_TIME, NO_HR, NO_DEVICE);
        t.add(45.001, 5, NO_TIME, NO_HR, NO_DEVICE);
        TrackSummary s = t.summary();
        assertFalse(s.hasTime());
        assertEquals(Duration.ZERO, s.elapsed());
    }

    @Test
    void oneDegreeAlongAMeridianIsOneDegreeOfTheMeanSphere() {
        TrackAccumulator t = new TrackAccumulator();
        gps(t, 45, 0);
        gps(t, 46, 1000);
        assertEquals(DEGREE_METRES, t.summary().metres(), 1e-6);
    }

    @Test
    void distanceIsTheSumOfEveryStep() {
        TrackAccumulator t = new TrackAccumulator();
        gps(t, 45, 0);
        gps(t, 46, 1000);
        gps(t, 47, 2000);
        assertEquals(2 * DEGREE_METRES, t.summary().metres(), 1e-6);
    }

    @Test
    void aNewSegmentDoesNotJoinItsFirstPointToTheLastOne() {
        TrackAccumulator t = new TrackAccumulator();
        gps(t, 45, 0);
        gps(t, 46, 1000);
        t.newSegment();
        gps(t, 50, 2000);
        gps(t, 51, 3000);
        assertEquals(2 * DEGREE_METRES, t.summary().metres(), 1e-6);
    }

    @Test
    void aPointWithALatitudeButNoLongitudeHasNoPosition() {
        TrackAccumulator t = new TrackAccumulator();
        gps(t, 45, 0);
        t.add(60, NO_POSITION, T0 + 1000, NO_HR, NO_DEVICE);
        t.add(NO_POSITION, 5, T0 + 2000, NO_HR, NO_DEVICE);
        gps(t, 46, 3000);
        assertEquals(DEGREE_METRES, t.summary().metres(), 1e-6, "45 to 46, never via 60 degrees");
    }

    @Test
    void theStartIsTheEarliestTimeAndTheElapsedTimeRunsToTheLatest() {
        TrackAccumulator t = new TrackAccumulator();
        device(t, 10, 0);
        device(t, 0, 0);
        device(t, 30, 0);
        device(t, 20, 0);
        TrackSummary s = t.summary();
        assertEquals(Instant.ofEpochMilli(T0), s.start().orElseThrow());
        assertEquals(Duration.ofSeconds(30), s.elapsed());
    }

    @Test
    void aPointBackInTimeAddsNoMovingTime() {
        TrackAccumulator t = new TrackAccumulator();
        device(t, 0, 0);
        device(t, 20, 100);
        device(t, 10, 200);
        device(t, 30, 300);
        assertEquals(Duration.ofSeconds(40), t.summary().moving(), "0 to 20 s and 10 to 30 s; never 20 back to 10");
    }

    @Test
    void aGapOfExactlySixtySecondsIsStillMoving() {
        TrackAccumulator t = new TrackAccumulator();
        device(t, 0, 0);
        device(t, TrackAccumulator.MAX_GAP_SECONDS, 300);
        assertEquals(Duration.ofSeconds(60), t.summary().moving());
    }

    @Test
    void aGapAMillisecondOverSixtySecondsIsAPause() {
        TrackAccumulator t = new TrackAccumulator();
        t.add(NO_POSITION, NO_POSITION, T0, NO_HR, 0);
        t.add(NO_POSITION, NO_POSITION, T0 + TrackAccumulator.MAX_GAP_SECONDS * 1000 + 1, NO_HR, 300);
        TrackSummary s = t.summary();
        assertEquals(Duration.ZERO, s.moving());
        assertEquals(Duration.ofMillis(60_001), s.elapsed());
    }

    @Test
    void exactlyHalfAMetreASecondIsMoving() {
        TrackAccumulator t = new TrackAccumulator();
        device(t, 0, 0);
        device(t, 10, 5);
        assertEquals(Duration.ofSeconds(10), t.summary().moving());
    }

    @Test
    void justUnderHalfAMetreASecondIsStandingStill() {
        TrackAccumulator t = new TrackAccumulator();
        device(t, 0, 0);
        device(t, 10, 4.99);
        device(t, 20, 10);
        assertEquals(Duration.ofSeconds(10), t.summary().moving(), "only the second stretch, 5.01 m in 10 s");
    }

    @Test
    void movingSpeedFromGpsIsTheStepOverItsTime() {
        // One degree in 60 s is 1,853 m/s, moving; the same degree over a 61 s gap is a pause.
        TrackAccumulator t = new TrackAccumulator();
        gps(t, 45, 0);
        gps(t, 46, 60_000);
        gps(t, 47, 121_000);
        TrackSummary s = t.summary();
        assertEquals(Duration.ofSeconds(60), s.moving());
        assertEquals(Duration.ofSeconds(121), s.elapsed());
    }

    @Test
    void standingOnTheSameSpotIsNotMovingTime() {
        TrackAccumulator t = new TrackAccumulator();
        gps(t, 45, 0);
        gps(t, 45, 30_000);
        gps(t, 45.001, 40_000);
        assertEquals(Duration.ofSeconds(10), t.summary().moving());
    }

    @Test
    void theDevicesDistanceDecidesMovingEvenWhereGpsMoved() {
        TrackAccumulator t = new TrackAccumulator();
        t.add(45, 5, T0, NO_HR, 100);
        t.add(46, 5, T0 + 10_000, NO_HR, 100);
        TrackSummary s = t.summary();
        assertEquals(Duration.ZERO, s.moving(), "the device says it did not move");
        assertEquals(100, s.metres(), "and its own distance is the distance");
    }

    @Test
    void theDevicesDistanceIsItsHighestReading() {
        TrackAccumulator t = new TrackAccumulator();
        device(t, 0, 0);
        device(t, 10, 400);
        device(t, 20, 50);
        device(t, 30, 300);
        assertEquals(400, t.summary().metres());
    }

    @Test
    void aDeviceReadingThatDropsBackIsNoStepAndTheNextStepStartsFromIt() {
        TrackAccumulator t = new TrackAccumulator();
        device(t, 0, 1000);
        device(t, 10, 0);
        device(t, 20, 10);
        assertEquals(Duration.ofSeconds(10), t.summary().moving(), "only 0 to 10 m in 10 s moves");
    }

    @Test
    void aDeviceStepIsTheDifferenceBetweenTwoReadings() {
        TrackAccumulator t = new TrackAccumulator();
        device(t, 0, 1000);
        device(t, 10, 1004);
        assertEquals(Duration.ZERO, t.summary().moving(), "4 m in 10 s is standing still");
    }

    @Test
    void aDeviceDistanceOfZeroGivesWayToTheGpsDistance() {
        TrackAccumulator t = new TrackAccumulator();
        t.add(45, 5, T0, NO_HR, 0);
        t.add(46, 5, T0 + 1000, NO_HR, 0);
        assertEquals(DEGREE_METRES, t.summary().metres(), 1e-6);
    }

    @Test
    void aTrackWithoutPositionsOrDeviceDistanceMovesForItsTimedStretches() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, NO_HR);
        hr(t, 30, NO_HR);
        hr(t, 200, NO_HR);
        hr(t, 260, NO_HR);
        TrackSummary s = t.summary();
        assertEquals(Duration.ofSeconds(90), s.moving(), "30 s and 60 s; the 170 s gap is a pause");
        assertEquals(Duration.ofSeconds(260), s.elapsed());
    }

    @Test
    void heartRateIsWeightedByHowLongEachSampleHolds() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 100);
        hr(t, 30, 160);
        hr(t, 40, 200);
        TrackSummary s = t.summary();
        assertEquals(115, s.avgHeartRate().orElseThrow(), "100 for 30 s, 160 for 10 s");
        assertEquals(200, s.maxHeartRate().orElseThrow());
    }

    @Test
    void theWeightedAverageIsRoundedToTheNearestBeat() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 100);
        hr(t, 10, 101);
        hr(t, 20, 101);
        hr(t, 30, 90);
        assertEquals(101, t.summary().avgHeartRate().orElseThrow(), "100.67 rounds up");
    }

    @Test
    void aHeartRateHeldOverAPauseIsNotWeighted() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 100);
        hr(t, 10, 200);
        hr(t, 71, 150);
        assertEquals(100, t.summary().avgHeartRate().orElseThrow(), "200 held for 61 s is left out");
    }

    @Test
    void aHeartRateHeldForExactlySixtySecondsIsWeighted() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 100);
        hr(t, 60, 200);
        hr(t, 70, 150);
        assertEquals(114, t.summary().avgHeartRate().orElseThrow(), "(100 x 60 + 200 x 10) / 70 = 114.3");
    }

    @Test
    void heartRatesAtTheSameInstantAreNotWeighted() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 100);
        hr(t, 0, 200);
        hr(t, 10, 120);
        assertEquals(200, t.summary().avgHeartRate().orElseThrow(), "only 200 held for 10 s");
    }

    @Test
    void heartRatesWithoutTimesAreAveragedPlainly() {
        TrackAccumulator t = new TrackAccumulator();
        t.add(NO_POSITION, NO_POSITION, NO_TIME, 100, NO_DEVICE);
        t.add(NO_POSITION, NO_POSITION, NO_TIME, 101, NO_DEVICE);
        TrackSummary s = t.summary();
        assertEquals(101, s.avgHeartRate().orElseThrow(), "100.5 rounds up");
        assertEquals(101, s.maxHeartRate().orElseThrow());
    }

    @Test
    void aSingleHeartRateIsTheAverageAndTheMaximum() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 140);
        TrackSummary s = t.summary();
        assertEquals(140, s.avgHeartRate().orElseThrow());
        assertEquals(140, s.maxHeartRate().orElseThrow());
    }

    @Test
    void twentyFiveAndTwoHundredFiftyBeatsCount() {
        TrackAccumulator t = new TrackAccumulator();
        t.add(NO_POSITION, NO_POSITION, NO_TIME, TrackAccumulator.MIN_HEART_RATE, NO_DEVICE);
        t.add(NO_POSITION, NO_POSITION, NO_TIME, TrackAccumulator.MAX_HEART_RATE, NO_DEVICE);
        TrackSummary s = t.summary();
        assertEquals(138, s.avgHeartRate().orElseThrow(), "(25 + 250) / 2 = 137.5");
        assertEquals(250, s.maxHeartRate().orElseThrow());
    }

    @Test
    void readingsJustOutsideTheHumanRangeAreNoise() {
        TrackAccumulator t = new TrackAccumulator();
        t.add(NO_POSITION, NO_POSITION, NO_TIME, 24, NO_DEVICE);
        t.add(NO_POSITION, NO_POSITION, NO_TIME, 251, NO_DEVICE);
        TrackSummary s = t.summary();
        assertTrue(s.avgHeartRate().isEmpty());
        assertTrue(s.maxHeartRate().isEmpty());
    }

    @Test
    void aNoiseReadingDoesNotEndTheSampleBeforeIt() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 100);
        hr(t, 10, 0);
        hr(t, 20, 200);
        hr(t, 30, 50);
        assertEquals(133, t.summary().avgHeartRate().orElseThrow(), "100 held for 20 s, 200 for 10 s");
    }

    @Test
    void aNewSegmentEndsTheHeartRateSampleBeforeIt() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 100);
        hr(t, 10, 200);
        t.newSegment();
        hr(t, 20, 120);
        hr(t, 30, 120);
        assertEquals(110, t.summary().avgHeartRate().orElseThrow(), "100 for 10 s and 120 for 10 s; 200 does not hold across");
    }

    @Test
    void aHeartRateWithoutATimeIsNotWeightedAgainstTheNext() {
        TrackAccumulator t = new TrackAccumulator();
        hr(t, 0, 100);
        hr(t, 10, 120);
        t.add(NO_POSITION, NO_POSITION, NO_TIME, 200, NO_DEVICE);
        hr(t, 20, 120);
        assertEquals(100, t.summary().avgHeartRate().orElseThrow(), "100 for 10 s; 120 is followed by an untimed 200");
    }
}
