package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import dev.recovery.plans.workout.WorkoutKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The week loop of plan generation, seen in the plan a runner reads: which weeks carry one quality
 * session, where the cross-training and strength sit, how the long run of a held peak week is set,
 * how many easy runs get strides and which run takes what rounding leaves.
 */
class PlanBuilderWeeksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate RACE = LocalDate.of(2027, 4, 18);

    /** 18 weeks in km from 50 to 80 km: base weeks 1-4 (cutback 4), build 5-12 (cutbacks 8 and 12), peak 13-15, taper 16-17. */
    static PlanRequest.Builder request(int runs) {
        return PlanRequest.builder(RACE, Distance.ofKm(50), Distance.ofKm(80), RaceResult.goalMarathon(Durations.parse("3:45:00")))
                .weeks(18).runsPerWeek(runs);
    }

    static Plan plan(int runs) {
        return PlanBuilder.build(request(runs).build(), TODAY);
    }

    static boolean hasReason(Week week, PlanRule rule) {
        return week.days().stream().flatMap(d -> d.reasons().stream()).anyMatch(r -> r.ruleId().equals(rule.id()));
    }

    static long runsOfKind(Week week, WorkoutKind kind) {
        return week.days().stream().flatMap(d -> d.runs().stream()).filter(r -> r.kind() == kind).count();
    }

    static Day day(Week week, DayOfWeek weekday) {
        return week.days().stream().filter(d -> d.date().getDayOfWeek() == weekday).findFirst().orElseThrow();
    }

    @Test
    void theFirstBuildWeekHasOneQualitySession() {
        Week firstBuild = plan(5).weeks().get(4);
        assertEquals(TrainingPhase.BUILD, firstBuild.phase());
        assertFalse(firstBuild.cutback());
        assertTrue(hasReason(firstBuild, PlanRule.ONE_QUALITY));
    }

    @Test
    void theSecondBuildWeekIsNotLimitedToOneQualitySession() {
        Week secondBuild = plan(5).weeks().get(5);
        assertEquals(TrainingPhase.BUILD, secondBuild.phase());
        assertFalse(hasReason(secondBuild, PlanRule.ONE_QUALITY));
    }

    @Test
    void theWeekBackFromACutbackHasOneQualitySession() {
        List<Week> weeks = plan(5).weeks();
        assertTrue(weeks.get(7).cutback());
        assertTrue(hasReason(weeks.get(8), PlanRule.ONE_QUALITY));
    }

    @Test
    void aBuildWeekBetweenLoadingWeeksCarriesTwoHardSessionsBesidesTheLongRun() {
        Week thirdBuild = plan(5).weeks().get(6);
        long hard = thirdBuild.days().stream().flatMap(d -> d.runs().stream())
                .filter(r -> r.isHard() && r.type() != dev.recovery.core.log.RunType.LONG).count();
        assertEquals(2, hard);
        assertFalse(hasReason(thirdBuild, PlanRule.ONE_QUALITY));
    }

    /** Long run on Saturday, cross-training on Sunday, the race's weekday. */
    static Plan crossOnRaceWeekday() {
        return PlanBuilder.build(request(5).longRunDay(DayOfWeek.SATURDAY).restDay(DayOfWeek.MONDAY).crossTrainingDay(DayOfWeek.SUNDAY)
                .strengthDays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY).build(), TODAY);
    }

    @Test
    void raceWeekMovesCrossTrainingOffRaceDayToTheDayBefore() {
        Week raceWeek = crossOnRaceWeekday().weeks().get(17);
        assertTrue(day(raceWeek, DayOfWeek.SUNDAY).cross().isEmpty());
        assertTrue(day(raceWeek, DayOfWeek.SATURDAY).cross().isPresent());
    }

    @Test
    void trainingWeeksKeepCrossTrainingOnTheRaceWeekday() {
        Week first = crossOnRaceWeekday().weeks().get(0);
        assertTrue(day(first, DayOfWeek.SUNDAY).cross().isPresent());
        assertTrue(day(first, DayOfWeek.SATURDAY).cross().isEmpty());
    }

    @Test
    void raceWeekKeepsMidweekCrossTrainingOnItsDay() {
        Week raceWeek = plan(5).weeks().get(17);
        assertTrue(day(raceWeek, DayOfWeek.WEDNESDAY).cross().isPresent());
        assertTrue(day(raceWeek, DayOfWeek.SATURDAY).cross().isEmpty());
    }

    @Test
    void strengthOnADayWithoutARunIsNotTimedAfterARun() {
        // Three runs fall on Tuesday, Thursday and Sunday; strength on Wednesday and Friday has no run to follow.
        Plan plan = PlanBuilder.build(PlanRequest.builder(RACE, Distance.ofKm(50), Distance.ofKm(55),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).weeks(18).runsPerWeek(3)
                .strengthDays(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY).build(), TODAY);
        Day wednesday = day(plan.weeks().get(0), DayOfWeek.WEDNESDAY);
        assertTrue(wednesday.strength().isPresent());
        assertTrue(wednesday.runs().isEmpty());
        assertFalse(wednesday.reasons().stream().anyMatch(r -> r.ruleId().equals(PlanRule.STRENGTH_TIMING.id())), wednesday.reasons()::toString);
    }

    @Test
    void strengthOnARunDayComesAfterTheRun() {
        Day tuesday = day(plan(5).weeks().get(0), DayOfWeek.TUESDAY);
        assertFalse(tuesday.runs().isEmpty());
        assertTrue(tuesday.reasons().stream().anyMatch(r -> r.ruleId().equals(PlanRule.STRENGTH_TIMING.id())));
    }

    static String strengthReason(Week week) {
        return week.days().stream().flatMap(d -> d.reasons().stream()).filter(r -> r.ruleId().equals(PlanRule.STRENGTH_CYCLE.id()))
                .map(Reason::message).findFirst().orElseThrow();
    }

    @Test
    void strengthRampsInOverTheFirstTwoWeeks() {
        assertEquals("strength: 2 sets, ramping in", strengthReason(plan(5).weeks().get(1)));
    }

    @Test
    void strengthIsFullFromTheThirdWeek() {
        assertEquals("strength: 3 sets, full", strengthReason(plan(5).weeks().get(2)));
    }

    @Test
    void aHeldPeakWeekIsNotAStepDownForItsLongRun() {
        Plan plan = plan(5);
        for (int w = 13; w <= 14; w++) {
            assertEquals(TrainingPhase.PEAK, plan.weeks().get(w).phase());
            Reason limit = LongRunReasonTest.limit(plan, w);
            assertFalse(Set.of(PlanRule.TAPER.id(), PlanRule.CUTBACK.id()).contains(limit.ruleId()), limit::toString);
        }
    }

    @Test
    void aCutbackWeekWhoseShareIsBelowTheCutLongRunNamesTheShare() {
        // 60 to 91 km in 18 weeks: the cutback of week 12 scales week 11's long run to more than 35% of its own week.
        Plan plan = PlanBuilder.build(PlanRequest.builder(LocalDate.of(2027, 6, 6), Distance.ofKm(60), Distance.ofKm(91),
                RaceResult.goalMarathon(Durations.parse("3:15:00"))).weeks(18).runsPerWeek(5).build(), TODAY);
        assertTrue(plan.weeks().get(11).cutback());
        Reason limit = LongRunReasonTest.limit(plan, 11);
        assertEquals(PlanRule.LONG_RUN_SHARE.id(), limit.ruleId());
        assertEquals("long run 22.5 km: limited to 35% of the week", limit.message());
    }

    @Test
    void fourRunsAWeekPutStridesOnOneEasyDay() {
        for (Week week : plan(4).weeks()) {
            assertTrue(runsOfKind(week, WorkoutKind.STRIDES) <= 1, () -> "week " + (week.index() + 1));
        }
    }

    @Test
    void fiveRunsAWeekPutStridesOnTwoEasyDaysAtMost() {
        Plan plan = plan(5);
        for (Week week : plan.weeks()) {
            assertTrue(runsOfKind(week, WorkoutKind.STRIDES) <= 2, () -> "week " + (week.index() + 1));
        }
        assertEquals(2, runsOfKind(plan.weeks().get(0), WorkoutKind.STRIDES));
    }

    @Test
    void whatRoundingLeavesGoesToAnEasyRunNotTheRecoveryRun() {
        for (int runs : new int[] {4, 5, 6}) {
            for (Week week : plan(runs).weeks()) {
                for (Day day : week.days()) {
                    for (PlannedRun run : day.runs()) {
                        if (run.kind() == WorkoutKind.RECOVERY) {
                            assertEquals(0, Math.round(run.distance().metres()) % PlanBuilder.ROUND_METRES,
                                    () -> runs + " runs, " + day.date() + ": " + run.distance().metres());
                        }
                    }
                }
            }
        }
    }
}
