package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.pace.Vdot;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.plans.request.TuneUp;
import dev.recovery.plans.workout.Workout;
import dev.recovery.plans.workout.WorkoutKind;
import dev.recovery.plans.workout.WorkoutLibrary;
import dev.recovery.plans.workout.WorkoutRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The week of a tune-up race (Pfitzinger &amp; Douglas, Advanced Marathoning: a 10K or half marathon
 * 3-6 weeks out, run as a race with easier days around it), and the days next to it when it falls
 * at either end of a week: which day carries the race, which runs are eased and how long the rest are.
 */
class TuneUpWeekTest {

    private static final TrainingPaces PACES = TrainingPaces.of(Vdot.of(45));
    private static final WorkoutRequest BASE = new WorkoutRequest(PACES, 60_000, TrainingPhase.BUILD, 1, WorkoutRequest.MIN_TARGET_METRES);
    private static final TuneUp HALF = TuneUp.parse("2027-03-14:half");
    private static final int HALF_METRES = 21_098;
    private static final int RUN_CAP = 12_000;
    private static final Reason EARLIER = PlanRule.WORKOUTS.reason();
    private static final String TUNE_UP_ID = PlanRule.TUNE_UP.id();

    /** One plan week as the builder holds it: up to two runs a day and each day's run reasons. */
    private static final class WeekDays {
        final Workout[][] planned = new Workout[7][2];
        final int[] count = new int[7];
        final List<List<Reason>> reasons = new ArrayList<>();

        WeekDays() {
            for (int d = 0; d < 7; d++) {
                reasons.add(new ArrayList<>());
            }
        }

        WeekDays run(int day, WorkoutKind kind, int metres) {
            planned[day][count[day]] = WorkoutLibrary.build(kind, BASE.withTargetMetres(metres));
            count[day]++;
            reasons.get(day).add(EARLIER);
            return this;
        }

        WeekDays tuneUp(int offset, int volume) {
            PlanBuilder.tuneUp(HALF, offset, volume, RUN_CAP, BASE, planned, count, reasons);
            return this;
        }

        Workout at(int day) {
            return planned[day][0];
        }

        int runs() {
            int runs = 0;
            for (int c : count) {
                runs += c;
            }
            return runs;
        }
    }

    /**
     * A six-run week of 64 km: easy 6 km, tempo 10 km, easy 8 km, intervals 10 km, rest, easy 6 km,
     * long run 24 km; its runs other than the long run average 8 km.
     */
    private static WeekDays sixRunWeek() {
        return new WeekDays().run(0, WorkoutKind.EASY, 6_000).run(1, WorkoutKind.TEMPO, 10_000).run(2, WorkoutKind.EASY, 8_000)
                .run(3, WorkoutKind.INTERVALS, 10_000).run(5, WorkoutKind.EASY, 6_000).run(6, WorkoutKind.LONG, 24_000);
    }

    /** Four hard days at the start of a week, as the days after a tune-up at the end of the week before would see them. */
    private static WeekDays hardStart() {
        return new WeekDays().run(0, WorkoutKind.TEMPO, 10_000).run(1, WorkoutKind.INTERVALS, 10_000).run(2, WorkoutKind.TEMPO, 10_000)
                .run(3, WorkoutKind.INTERVALS, 10_000);
    }

    private static Workout shakeout() {
        return WorkoutLibrary.build(WorkoutKind.SHAKEOUT, BASE.withTargetMetres(WorkoutRequest.MIN_TARGET_METRES));
    }

    private static Workout built(WorkoutKind kind, int metres) {
        return WorkoutLibrary.build(kind, BASE.withTargetMetres(metres));
    }

    // The tune-up in a neighbouring week: only the days next to it change.

    @Test
    void aHardSessionTheDayBeforeATuneUpOpeningNextWeekBecomesAShakeOut() {
        WeekDays week = sixRunWeek().tuneUp(7, 64_000);
        assertEquals(WorkoutKind.SHAKEOUT, week.at(6).kind());
    }

    @Test
    void theEasedDayBeforeATuneUpNextWeekSaysWhy() {
        WeekDays week = sixRunWeek().tuneUp(7, 64_000);
        assertEquals(TUNE_UP_ID, week.reasons.get(6).get(week.reasons.get(6).size() - 1).ruleId());
    }

    @Test
    void aTuneUpNextWeekLeavesThisWeeksEarlierHardDaysAsTheyWere() {
        WeekDays week = sixRunWeek().tuneUp(7, 64_000);
        assertEquals(WorkoutKind.TEMPO, week.at(1).kind());
        assertEquals(WorkoutKind.INTERVALS, week.at(3).kind());
    }

    @Test
    void theFirstDayAfterATuneUpLastWeekIsARecoveryRun() {
        WeekDays week = hardStart().tuneUp(-1, 40_000);
        assertEquals(WorkoutKind.RECOVERY, week.at(0).kind());
    }

    @Test
    void theSecondDayAfterATuneUpLastWeekIsARecoveryRun() {
        WeekDays week = hardStart().tuneUp(-1, 40_000);
        assertEquals(WorkoutKind.RECOVERY, week.at(1).kind());
    }

    @Test
    void theThirdDayAfterATuneUpLastWeekKeepsItsSession() {
        WeekDays week = hardStart().tuneUp(-1, 40_000);
        assertEquals(WorkoutKind.TEMPO, week.at(2).kind());
    }

    @Test
    void theSecondDayAfterATuneUpTwoDaysIntoLastWeeksEndIsEasedAndTheThirdIsNot() {
        WeekDays week = hardStart().tuneUp(-2, 40_000);
        assertEquals(WorkoutKind.RECOVERY, week.at(0).kind());
        assertEquals(WorkoutKind.INTERVALS, week.at(1).kind());
    }

    @Test
    void anEasyRunNextToATuneUpInAnotherWeekStaysAsItWas() {
        WeekDays week = new WeekDays().run(0, WorkoutKind.EASY, 8_000).tuneUp(-1, 40_000);
        assertEquals(built(WorkoutKind.EASY, 8_000), week.at(0));
        assertEquals(List.of(EARLIER), week.reasons.get(0));
    }

    @Test
    void aRecoveryRunAfterATuneUpIsNoLongerThanTheWeeksRunCap() {
        WeekDays week = new WeekDays().run(0, WorkoutKind.TEMPO, 15_000).tuneUp(-1, 40_000);
        assertEquals(built(WorkoutKind.RECOVERY, RUN_CAP), week.at(0));
    }

    @Test
    void aTuneUpOnTheSecondDayOfNextWeekLeavesThisWeekAsItWas() {
        WeekDays week = sixRunWeek().tuneUp(8, 64_000);
        assertEquals(sixRunWeek().at(6), week.at(6));
        assertEquals(List.of(EARLIER), week.reasons.get(6));
    }

    @Test
    void aTuneUpFarFromThisWeekChangesNothing() {
        WeekDays week = sixRunWeek().tuneUp(-20, 64_000);
        assertEquals(sixRunWeek().at(1), week.at(1));
        assertEquals(WorkoutKind.LONG, week.at(6).kind());
    }

    // The tune-up in this week.

    @Test
    void aTuneUpOnTheWeeksFirstDayIsRunThatDay() {
        WeekDays week = sixRunWeek().tuneUp(0, 64_000);
        assertEquals(WorkoutKind.TUNE_UP, week.at(0).kind());
        assertEquals(HALF_METRES, week.at(0).metres());
    }

    @Test
    void aTuneUpOnTheWeeksLastDayReplacesThatDaysLongRun() {
        WeekDays week = sixRunWeek().tuneUp(6, 64_000);
        assertEquals(WorkoutKind.TUNE_UP, week.at(6).kind());
        assertEquals(6, week.runs());
    }

    @Test
    void theTuneUpDaysReasonIsTheTuneUpAlone() {
        WeekDays week = sixRunWeek().tuneUp(3, 64_000);
        assertEquals(1, week.reasons.get(3).size(), week.reasons.get(3).toString());
        assertEquals(TUNE_UP_ID, week.reasons.get(3).get(0).ruleId());
    }

    @Test
    void theDayBeforeATuneUpIsAShortShakeOut() {
        WeekDays week = sixRunWeek().tuneUp(3, 64_000);
        assertEquals(shakeout(), week.at(2));
    }

    @Test
    void theTwoDaysAfterATuneUpAreRecoveryRuns() {
        WeekDays week = sixRunWeek().tuneUp(1, 64_000);
        assertEquals(WorkoutKind.RECOVERY, week.at(2).kind());
        assertEquals(WorkoutKind.RECOVERY, week.at(3).kind());
    }

    @Test
    void theThirdDayAfterATuneUpIsAnEasyRun() {
        WeekDays week = sixRunWeek().tuneUp(2, 64_000);
        assertEquals(WorkoutKind.EASY, week.at(5).kind());
    }

    @Test
    void aHardSessionEarlierInATuneUpWeekBecomesAnEasyRun() {
        WeekDays week = sixRunWeek().tuneUp(3, 64_000);
        assertEquals(WorkoutKind.EASY, week.at(1).kind());
    }

    @Test
    void anEasedRunOfATuneUpWeekSaysWhyAndNothingElse() {
        WeekDays week = sixRunWeek().tuneUp(3, 64_000);
        assertEquals(1, week.reasons.get(1).size(), week.reasons.get(1).toString());
        assertEquals(TUNE_UP_ID, week.reasons.get(1).get(0).ruleId());
    }

    @Test
    void aDayWithoutARunInATuneUpWeekGetsNoTuneUpReason() {
        WeekDays week = sixRunWeek().tuneUp(3, 64_000);
        assertTrue(week.reasons.get(4).isEmpty(), week.reasons.get(4).toString());
    }

    @Test
    void theEasyRunsOfABigTuneUpWeekAreHeldToTheWeeksAverageRunOtherThanTheLongRun() {
        // 80 km less the 21.1 km race and the shake-out would give four runs of about 13.7 km; the other runs averaged 8 km.
        WeekDays week = sixRunWeek().tuneUp(3, 80_000);
        for (int d : new int[] {0, 1, 6}) {
            assertEquals(built(WorkoutKind.EASY, 8_000), week.at(d), "day " + d);
        }
        assertEquals(built(WorkoutKind.RECOVERY, 8_000), week.at(5));
    }

    @Test
    void theEasyRunsOfASmallTuneUpWeekShareWhatTheRaceAndTheShakeOutLeaveInHundredMetreSteps() {
        WeekDays week = sixRunWeek().tuneUp(3, 40_000);
        int left = 40_000 - HALF_METRES - shakeout().metres();
        int share = left / 4 / PlanBuilder.ROUND_METRES * PlanBuilder.ROUND_METRES;
        assertTrue(share < 8_000 && share > WorkoutRequest.MIN_TARGET_METRES, share + " m");
        for (int d : new int[] {0, 1, 6}) {
            assertEquals(built(WorkoutKind.EASY, share), week.at(d), "day " + d);
        }
        assertEquals(built(WorkoutKind.RECOVERY, share), week.at(5));
    }

    @Test
    void aTuneUpInAOneRunWeekOnItsRunsDayIsTheWeeksOnlyRun() {
        WeekDays week = new WeekDays().run(6, WorkoutKind.LONG, 24_000).tuneUp(6, 30_000);
        assertEquals(WorkoutKind.TUNE_UP, week.at(6).kind());
        assertEquals(1, week.runs());
    }

    @Test
    void aTuneUpOnADayWithoutARunTakesTheLongRunsPlace() {
        WeekDays week = sixRunWeek().tuneUp(4, 64_000);
        assertEquals(WorkoutKind.TUNE_UP, week.at(4).kind());
        assertEquals(0, week.count[6]);
        assertEquals(6, week.runs());
    }

    @Test
    void aTuneUpOnADayWithoutARunLeavesTheOtherRunsDays() {
        WeekDays week = sixRunWeek().tuneUp(4, 64_000);
        for (int d : new int[] {0, 1, 2, 3, 5}) {
            assertEquals(1, week.count[d], "day " + d);
        }
    }

    @Test
    void theLongRunsDayGivenUpForATuneUpKeepsNoReason() {
        WeekDays week = sixRunWeek().tuneUp(4, 64_000);
        assertTrue(week.reasons.get(6).isEmpty(), week.reasons.get(6).toString());
    }

    @Test
    void aTuneUpOnADayWithoutARunReplacesALongRunWithMarathonPaceToo() {
        WeekDays week = new WeekDays().run(0, WorkoutKind.EASY, 6_000).run(3, WorkoutKind.LONG_WITH_MARATHON_PACE, 24_000)
                .tuneUp(5, 40_000);
        assertEquals(0, week.count[3]);
        assertEquals(WorkoutKind.TUNE_UP, week.at(5).kind());
        assertEquals(2, week.runs());
    }

    @Test
    void aTuneUpOnADayWithoutARunInAWeekWithoutALongRunIsAnExtraRun() {
        WeekDays week = new WeekDays().run(0, WorkoutKind.EASY, 6_000).run(2, WorkoutKind.EASY, 6_000).tuneUp(4, 40_000);
        assertEquals(WorkoutKind.TUNE_UP, week.at(4).kind());
        assertEquals(3, week.runs());
    }

    @Test
    void aDoubleLongRunDayGivenUpForATuneUpKeepsItsSecondRun() {
        WeekDays week = new WeekDays().run(0, WorkoutKind.EASY, 6_000).run(6, WorkoutKind.LONG, 24_000).run(6, WorkoutKind.EASY, 5_000)
                .tuneUp(3, 40_000);
        assertEquals(1, week.count[6]);
        assertEquals(WorkoutKind.EASY, week.at(6).kind());
        assertEquals(3, week.runs());
    }

    @Test
    void aSecondRunOnTheTuneUpsDayIsAnEasyRunNotARecoveryRun() {
        WeekDays week = new WeekDays().run(0, WorkoutKind.EASY, 6_000).run(3, WorkoutKind.EASY, 6_000).run(3, WorkoutKind.EASY, 4_000)
                .run(6, WorkoutKind.LONG, 24_000).tuneUp(3, 50_000);
        assertEquals(WorkoutKind.TUNE_UP, week.at(3).kind());
        assertEquals(WorkoutKind.EASY, week.planned[3][1].kind());
    }
}
