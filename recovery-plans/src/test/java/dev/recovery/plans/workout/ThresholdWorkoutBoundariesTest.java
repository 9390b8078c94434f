package dev.recovery.plans.workout;

import static dev.recovery.core.recovery.TrainingPhase.BUILD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Threshold sessions at the exact edges of their rules (Daniels 2014: about 20 min steady at T, cruise
 * bouts of at least 5 min, the main set at most 10% of the week). At VDOT 50 the slow end of T is
 * 4:15.2/km, so 20 min cover 4,702 m.
 */
class ThresholdWorkoutBoundariesTest {

    private static final double VDOT = 50;
    private static final int ROOMY_TARGET_METRES = 20_000;

    private static Workout tempo(int weekMetres) {
        return ThresholdWorkouts.tempo(WorkoutRequests.at(VDOT, weekMetres, BUILD, 0, ROOMY_TARGET_METRES));
    }

    private static Repeat mainRepeat(Workout workout) {
        return workout.parts().stream().filter(Repeat.class::isInstance).map(Repeat.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aTempoWhoseCapHoldsExactlyTwentyMinutesRunsTheFullTwentyMinutes() {
        // 10% of 47,020 m is 4,702 m: exactly the distance of 20 min at T.
        assertEquals(1200, tempo(47_020).longestBoutSeconds(Zone.T));
    }

    @Test
    void aTempoOneMetreShortOfTwentyMinutesIsCutToNineteenWholeMinutes() {
        assertEquals(1140, tempo(47_010).longestBoutSeconds(Zone.T));
    }

    @Test
    void aTempoCutByItsCapNeverRunsPastTheCap() {
        assertTrue(tempo(47_010).mainSetMetres(Zone.T) <= 4_701);
    }

    @Test
    void aCruiseMileOfExactlyFiveMinutesStaysAMile() {
        // At VDOT 73 the slow end of T puts a mile at 300 s: not under 5 min.
        Workout workout = ThresholdWorkouts.cruise(WorkoutRequests.at(73.0, 120_000, BUILD, 0, ROOMY_TARGET_METRES));
        assertEquals(1_600, mainRepeat(workout).steps().get(0).metres());
    }

    @Test
    void aCruiseMileUnderFiveMinutesBecomesTwoKilometres() {
        Workout workout = ThresholdWorkouts.cruise(WorkoutRequests.at(73.32, 120_000, BUILD, 0, ROOMY_TARGET_METRES));
        assertEquals(2_000, mainRepeat(workout).steps().get(0).metres());
    }

    @Test
    void aWeekWithRoomForExactlyTwoCruiseMilesGetsTwoCruiseMiles() {
        // 10% of 32,000 m is 3,200 m: two miles.
        Workout workout = ThresholdWorkouts.cruise(WorkoutRequests.at(VDOT, 32_000, BUILD, 1, ROOMY_TARGET_METRES));
        assertEquals(WorkoutKind.CRUISE_INTERVALS, workout.kind());
        assertEquals(2, mainRepeat(workout).count());
    }

    @Test
    void aWeekJustTooSmallForTwoCruiseMilesGetsATempo() {
        Workout workout = ThresholdWorkouts.cruise(WorkoutRequests.at(VDOT, 31_990, BUILD, 1, ROOMY_TARGET_METRES));
        assertEquals(WorkoutKind.TEMPO, workout.kind());
    }

    @Test
    void aCruiseBoutOfAboutTenMinutesGetsTwoMinutesRest() {
        // At VDOT 30 a mile takes about 10 min at the slow end of T: 1 min rest per 5 min run.
        Repeat set = mainRepeat(ThresholdWorkouts.cruise(WorkoutRequests.at(30, 120_000, BUILD, 0, ROOMY_TARGET_METRES)));
        assertEquals(120, set.steps().get(1).seconds());
    }

    @Test
    void aCruiseBoutOfTenMinutesEarnsTwoMinutesRest() {
        assertEquals(120, ThresholdWorkouts.restSeconds(600));
    }

    @Test
    void aCruiseBoutOfFiveMinutesEarnsOneMinuteRest() {
        assertEquals(60, ThresholdWorkouts.restSeconds(300));
    }
}
