package dev.recovery.plans.workout;

import static dev.recovery.core.recovery.TrainingPhase.BASE;
import static dev.recovery.core.recovery.TrainingPhase.BUILD;
import static dev.recovery.core.recovery.TrainingPhase.DELOAD;
import static dev.recovery.core.recovery.TrainingPhase.PEAK;
import static dev.recovery.core.recovery.TrainingPhase.RACE_WEEK;
import static dev.recovery.core.recovery.TrainingPhase.TAPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.DistanceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One example per workout type and per phase, at VDOT 50 (E 5:27-5:42/km, M 4:31, T 4:15, I 3:55, R 3:41) unless said. */
class WorkoutLibraryTest {

    private static final double VDOT = 50;

    private static Workout build(WorkoutKind kind, int weekMetres, dev.recovery.core.recovery.TrainingPhase phase, int weekInPhase,
            int targetMetres) {
        return WorkoutLibrary.build(kind, WorkoutRequests.at(VDOT, weekMetres, phase, weekInPhase, targetMetres));
    }

    private static Repeat mainRepeat(Workout workout) {
        return workout.parts().stream().filter(Repeat.class::isInstance).map(Repeat.class::cast).findFirst().orElseThrow();
    }

    // --- Progression across the phases ---------------------------------------------------------

    @Test
    void baseStartsWithStridesThenAlternatesHillsAndShortRepetitions() {
        assertEquals(List.of(WorkoutKind.STRIDES, WorkoutKind.STRIDES), WorkoutLibrary.qualitySessions(BASE, 0));
        assertEquals(WorkoutKind.HILLS, WorkoutLibrary.qualitySessions(BASE, 1).get(0));
        assertEquals(WorkoutKind.REPETITIONS, WorkoutLibrary.qualitySessions(BASE, 2).get(0));
    }

    @Test
    void buildBringsThresholdFirstThenIntervals() {
        assertEquals(WorkoutKind.TEMPO, WorkoutLibrary.qualitySessions(BUILD, 0).get(0));
        assertEquals(WorkoutKind.CRUISE_INTERVALS, WorkoutLibrary.qualitySessions(BUILD, 1).get(0));
        assertEquals(List.of(WorkoutKind.INTERVALS, WorkoutKind.CRUISE_INTERVALS), WorkoutLibrary.qualitySessions(BUILD, 2));
    }

    @Test
    void peakIsMarathonSpecific() {
        assertEquals(WorkoutKind.MARATHON_PACE, WorkoutLibrary.qualitySessions(PEAK, 0).get(0));
    }

    @Test
    void aCutbackWeekHasNoQualitySessionButStrides() {
        assertTrue(WorkoutLibrary.qualitySessions(DELOAD, 3).stream().noneMatch(WorkoutKind::isHard));
    }

    @Test
    void theTaperKeepsIntensity() {
        assertTrue(WorkoutLibrary.qualitySessions(TAPER, 0).stream().allMatch(WorkoutKind::isHard));
        assertTrue(WorkoutLibrary.qualitySessions(TAPER, 1).stream().allMatch(WorkoutKind::isHard));
    }

    @Test
    void raceWeekHasTheSharpenerAndTheShakeOut() {
        assertEquals(List.of(WorkoutKind.SHARPENER, WorkoutKind.SHAKEOUT), WorkoutLibrary.qualitySessions(RACE_WEEK, 0));
    }

    @Test
    void longRunsCarryMarathonPaceOnAlternateWeeksInTheLastTenBeforeTheTaper() {
        assertEquals(WorkoutKind.LONG_WITH_MARATHON_PACE, WorkoutLibrary.longRun(PEAK, 1));
        assertEquals(WorkoutKind.LONG, WorkoutLibrary.longRun(PEAK, 2));
        assertEquals(WorkoutKind.LONG_WITH_MARATHON_PACE, WorkoutLibrary.longRun(BUILD, 9));
        assertEquals(WorkoutKind.LONG, WorkoutLibrary.longRun(BUILD, 11));
        assertEquals(WorkoutKind.LONG, WorkoutLibrary.longRun(BASE, 1));
        assertEquals(WorkoutKind.LONG, WorkoutLibrary.longRun(DELOAD, 3));
    }

    // --- Each workout type ---------------------------------------------------------------------

    @Test
    void firstBuildIntervalsAreFourBoutsOfAboutThreeMinutes() {
        Repeat set = mainRepeat(build(WorkoutKind.INTERVALS, 70_000, BUILD, 0, 12_000));
        assertEquals(4, set.count());
        assertEquals(800, set.steps().get(0).metres());
        assertEquals(180, set.steps().get(1).seconds());
    }

    @Test
    void peakIntervalsAreBoutsOfUpToFiveMinutes() {
        Step bout = mainRepeat(build(WorkoutKind.INTERVALS, 90_000, PEAK, 0, 14_000)).steps().get(0);
        assertEquals(1200, bout.metres());
        assertEquals(282, bout.seconds());
    }

    @Test
    void aSmallWeekCutsTheIntervalsToEightPercent() {
        Workout workout = build(WorkoutKind.INTERVALS, 30_000, BUILD, 0, 10_000);
        assertEquals(3, mainRepeat(workout).count());
        assertEquals(2_400, workout.mainSetMetres(Zone.I));
    }

    @Test
    void aSlowRunnersIntervalBoutsAreShorterTrackDistances() {
        Workout workout = WorkoutLibrary.build(WorkoutKind.INTERVALS, WorkoutRequests.at(30, 60_000, PEAK, 0, 12_000));
        assertEquals(800, mainRepeat(workout).steps().get(0).metres());
        assertTrue(workout.longestBoutSeconds(Zone.I) <= 300);
    }

    @Test
    void taperIntervalsKeepTheirIntensityInBoutsOfAboutFourMinutes() {
        Workout workout = build(WorkoutKind.INTERVALS, 50_000, TAPER, 0, 11_000);
        assertEquals(1000, mainRepeat(workout).steps().get(0).metres());
        assertEquals(4_000, workout.mainSetMetres(Zone.I));
    }

    @Test
    void aTaperMarathonPaceRunStaysAtEightKilometresWhateverTheWeekOfTheTaper() {
        assertEquals(8_000, build(WorkoutKind.MARATHON_PACE, 60_000, TAPER, 2, 13_000).mainSetMetres(Zone.M));
    }

    @Test
    void aCutbackWeeksStridesStayAtSix() {
        assertEquals(6, mainRepeat(build(WorkoutKind.STRIDES, 40_000, DELOAD, 5, 8_000)).count());
    }

    @Test
    void aTempoHoldsThresholdForTwentyMinutes() {
        Workout workout = build(WorkoutKind.TEMPO, 70_000, BUILD, 0, 12_000);
        assertEquals(1200, workout.longestBoutSeconds(Zone.T));
        assertEquals(12_000, workout.metres());
    }

    @Test
    void aSmallWeeksTempoIsShortenedToWholeMinutesWithinTenPercent() {
        Workout workout = build(WorkoutKind.TEMPO, 30_000, BUILD, 0, 10_000);
        assertEquals(720, workout.longestBoutSeconds(Zone.T));
        assertTrue(workout.mainSetMetres(Zone.T) <= 3_000);
    }

    @Test
    void cruiseIntervalsAreMilesWithAMinuteRest() {
        Repeat set = mainRepeat(build(WorkoutKind.CRUISE_INTERVALS, 70_000, BUILD, 1, 13_000));
        assertEquals(4, set.count());
        assertEquals(1600, set.steps().get(0).metres());
        assertEquals(60, set.steps().get(1).seconds());
    }

    @Test
    void aWeekTooSmallForTwoCruiseMilesGetsATempo() {
        assertEquals(WorkoutKind.TEMPO, build(WorkoutKind.CRUISE_INTERVALS, 30_000, BUILD, 1, 10_000).kind());
    }

    @Test
    void earlyRepetitionsAreSixTimesTwoHundredMetres() {
        Repeat set = mainRepeat(build(WorkoutKind.REPETITIONS, 60_000, BASE, 0, 10_000));
        assertEquals(6, set.count());
        assertEquals(200, set.steps().get(0).metres());
    }

    @Test
    void laterRepetitionsAreFourHundredMetresWithinFivePercent() {
        Workout workout = build(WorkoutKind.REPETITIONS, 60_000, BASE, 2, 12_000);
        assertEquals(400, mainRepeat(workout).steps().get(0).metres());
        assertEquals(3_000 / 400 * 400, workout.mainSetMetres(Zone.R));
    }

    @Test
    void firstHillsAreSixTimesFortyFiveSecondsUphill() {
        Repeat set = mainRepeat(build(WorkoutKind.HILLS, 60_000, BASE, 0, 10_000));
        assertEquals(6, set.count());
        assertEquals(45, set.steps().get(0).seconds());
        assertEquals(Planned.DURATION, set.steps().get(0).planned());
    }

    @Test
    void aFirstPeakMarathonPaceRunHoldsEightKilometresAtM() {
        Workout workout = build(WorkoutKind.MARATHON_PACE, 90_000, PEAK, 0, 14_000);
        assertEquals(8_000, workout.mainSetMetres(Zone.M));
        assertEquals(14_000, workout.metres());
    }

    @Test
    void marathonPaceRunsGrowToSixteenKilometres() {
        assertEquals(16_000, build(WorkoutKind.MARATHON_PACE, 100_000, PEAK, 5, 22_000).mainSetMetres(Zone.M));
    }

    @Test
    void aSlowRunnersLongRunIsShorterNotLonger() {
        Workout workout = WorkoutLibrary.build(WorkoutKind.LONG, WorkoutRequests.at(30, 60_000, PEAK, 0, 32_000));
        assertTrue(workout.metres() < 22_000, workout.distance().toString());
        assertTrue(workout.seconds() <= 3 * 3600);
    }

    @Test
    void aPeakLongRunCarriesThirteenKilometresAtMarathonPaceInItsSecondHalf() {
        Workout workout = build(WorkoutKind.LONG_WITH_MARATHON_PACE, 88_000, PEAK, 0, 30_000);
        assertEquals(13_000, workout.mainSetMetres(Zone.M));
        assertEquals(30_000, workout.metres());
        assertTrue(workout.parts().get(0).metres() >= 15_000);
    }

    @Test
    void aLongRunIsHeldWithinThreeHoursAtTheSlowEndOfTheEasyRange() {
        assertEquals(31_575, build(WorkoutKind.LONG, 88_000, PEAK, 0, 34_000).metres());
    }

    @Test
    void aSmallWeeksMarathonPaceLongRunKeepsWithinTwentyPercentOfTheWeek() {
        assertEquals(10_000, build(WorkoutKind.LONG_WITH_MARATHON_PACE, 50_000, PEAK, 0, 24_000).mainSetMetres(Zone.M));
    }

    @Test
    void aMediumLongRunIsHeldWithinSixtyToSeventyFivePercentOfTheLongRun() {
        WorkoutRequest request = WorkoutRequests.at(VDOT, 80_000, BUILD, 0, 30_000);
        assertEquals(21_000, WorkoutLibrary.mediumLong(request, 28_000).metres());
        assertEquals(16_800, WorkoutLibrary.mediumLong(request.withTargetMetres(10_000), 28_000).metres());
    }

    @Test
    void aRecoveryRunIsAtTheSlowEndOfTheEasyRange() {
        Workout workout = build(WorkoutKind.RECOVERY, 60_000, BUILD, 0, 8_000);
        assertEquals("8 km easy at 5:42/km", WorkoutText.describe(workout, DistanceUnit.KM));
    }

    @Test
    void aGeneralEasyRunIsAllAtTheEasyRange() {
        assertEquals("10 km easy", WorkoutText.describe(build(WorkoutKind.EASY, 60_000, BASE, 0, 10_000), DistanceUnit.KM));
    }

    @Test
    void baseStridesGrowFromSixToEight() {
        assertEquals(6, mainRepeat(build(WorkoutKind.STRIDES, 50_000, BASE, 0, 8_000)).count());
        assertEquals(8, mainRepeat(build(WorkoutKind.STRIDES, 50_000, BASE, 6, 8_000)).count());
    }

    @Test
    void theRaceWeekSharpenerHoldsThreeKilometresAtMarathonPaceAfterStrides() {
        Workout workout = build(WorkoutKind.SHARPENER, 40_000, RACE_WEEK, 0, 9_000);
        assertEquals(3_000, workout.mainSetMetres(Zone.M));
        assertEquals(9_000, workout.metres());
        assertTrue(workout.steps().stream().anyMatch(step -> step.type() == StepType.STRIDES));
    }

    @Test
    void theShakeOutIsTwentyMinutesWithAFewStrides() {
        Workout workout = build(WorkoutKind.SHAKEOUT, 40_000, RACE_WEEK, 0, 3_000);
        assertEquals("20 min easy, 4 x 100 m strides with 1 min jog", WorkoutText.describe(workout, DistanceUnit.KM));
    }

    @Test
    void aMissingKindIsRefusedListingTheKinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkoutLibrary.build(null, WorkoutRequests.at(VDOT, 60_000, BASE, 0, 10_000)));
        assertTrue(e.getMessage().startsWith("workout: nothing is not allowed; expected one of easy, recovery"), e.getMessage());
    }

    @Test
    void aRequestOfATooSmallWeekIsRefusedNamingWeek() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkoutRequests.at(VDOT, 4_999, BASE, 0, 5_000));
        assertTrue(e.getMessage().startsWith("week: 4999 is not allowed"), e.getMessage());
    }

    @Test
    void theSmallestWeekStillGetsEverySessionWithinItsLimits() {
        for (double vdot : new double[] {30, 70}) {
            for (WorkoutKind kind : WorkoutKind.values()) {
                if (kind == WorkoutKind.RACE || kind == WorkoutKind.TUNE_UP) {
                    continue; // the race is not a training session: the limits do not apply to it
                }
                Workout workout = WorkoutLibrary.build(kind, WorkoutRequests.at(vdot, WorkoutRequest.MIN_WEEK_METRES, RACE_WEEK, 0, 3_000));
                for (Zone zone : List.of(Zone.M, Zone.T, Zone.I, Zone.R)) {
                    assertTrue(workout.mainSetMetres(zone) <= IntensityLimits.maxMainSetMetres(zone, WorkoutRequest.MIN_WEEK_METRES),
                            kind + ": " + WorkoutText.describe(workout, DistanceUnit.KM));
                }
            }
        }
    }
}
