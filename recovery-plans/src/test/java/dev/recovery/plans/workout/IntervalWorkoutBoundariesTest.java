package dev.recovery.plans.workout;

import static dev.recovery.core.recovery.TrainingPhase.BASE;
import static dev.recovery.core.recovery.TrainingPhase.BUILD;
import static dev.recovery.core.recovery.TrainingPhase.PEAK;
import static dev.recovery.core.recovery.TrainingPhase.TAPER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interval sessions at the exact edges of their rules (Daniels 2014: bouts of 3-5 min at I, the main
 * set at most the lesser of 10 km and 8% of the week). The bout is the track distance whose time at
 * the slow end of I is nearest the week's target bout.
 */
class IntervalWorkoutBoundariesTest {

    private static final int ROOMY_TARGET_METRES = 14_000;

    private static Workout intervals(double vdot, int weekMetres, dev.recovery.core.recovery.TrainingPhase phase) {
        return IntervalWorkouts.intervals(WorkoutRequests.at(vdot, weekMetres, phase, 0, ROOMY_TARGET_METRES));
    }

    private static List<Step> work(Workout workout) {
        return workout.steps().stream().filter(Step::isQualityWork).toList();
    }

    @Test
    void aTrackBoutOfExactlyThreeMinutesIsTaken() {
        // At VDOT 52.7 800 m take exactly 180 s at the slow end of I; the base aims at 3 min.
        assertEquals(800, work(intervals(52.7, 80_000, BASE)).get(0).metres());
    }

    @Test
    void aTrackBoutOfExactlyFiveMinutesIsTaken() {
        // At VDOT 46.3 1,200 m take exactly 300 s; the peak aims at 5 min.
        assertEquals(1_200, work(intervals(46.3, 80_000, PEAK)).get(0).metres());
    }

    @Test
    void onATieBetweenTwoTrackBoutsTheShorterWins() {
        // At VDOT 42.72 800 m and 1,000 m lie equally far from the taper's 4-min bout.
        assertEquals(800, work(intervals(42.72, 80_000, TAPER)).get(0).metres());
    }

    @Test
    void aRunnerTooSlowForAnyTrackBoutRunsBoutsByTime() {
        // At VDOT 15 even 600 m take over 5 min at I.
        Step bout = work(intervals(15, 80_000, BASE)).get(0);
        assertEquals(Planned.DURATION, bout.planned());
        assertEquals(180, bout.seconds());
    }

    @Test
    void aWeekWithRoomForOneBoutStillRunsThatBout() {
        // 8% of 12,000 m is 960 m: one 800 m bout at VDOT 50.
        Workout workout = intervals(50, 12_000, BUILD);
        assertEquals(1, work(workout).size());
        assertEquals(800, workout.mainSetMetres(Zone.I));
    }

    @Test
    void aWeekTooSmallForOneTrackBoutGetsOneShorterBoutWithinTheCap() {
        // 8% of 9,000 m is 720 m, under the 800 m bout.
        assertEquals(700, intervals(50, 9_000, BUILD).mainSetMetres(Zone.I));
    }

    @Test
    void aThirdBuildWeekRunsSixBoutsOfAboutFourMinutes() {
        // The build aims at 3 min plus 30 s a week: 4 min in its third week, 1,000 m at VDOT 50.
        List<Step> bouts = work(IntervalWorkouts.intervals(WorkoutRequests.at(50, 120_000, BUILD, 2, 20_000)));
        assertEquals(6, bouts.size());
        assertEquals(1_000, bouts.get(0).metres());
    }
}
