package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Requests the rules cannot satisfy fail with why and what would work, never with a broken plan. */
class InfeasibleRequestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final RaceResult GOAL = RaceResult.goalMarathon(Durations.parse("3:45:00"));

    static PlanRequest.Builder request(LocalDate race, double current, double peak) {
        return PlanRequest.builder(race, Distance.ofMiles(current), Distance.ofMiles(peak), GOAL).units(DistanceUnit.MI);
    }

    @Test
    void aRaceDateInThePastIsRefusedWithTheEarliestRaceThatWorks() {
        InfeasiblePlanException e = assertThrows(InfeasiblePlanException.class,
                () -> PlanBuilder.build(request(LocalDate.of(2026, 10, 4), 30, 40).weeks(12).build(), TODAY));
        assertEquals("race-date", e.field());
        assertTrue(e.getMessage().contains("2026-10-04 is not after today (2026-11-22)"), e.getMessage());
        assertTrue(e.getMessage().contains("on or after 2027-02-13"), e.getMessage());
    }

    @Test
    void aRaceTooSoonForTwelveWeeksIsRefusedWithTheEarliestRaceThatWorks() {
        InfeasiblePlanException e = assertThrows(InfeasiblePlanException.class,
                () -> PlanBuilder.build(request(LocalDate.of(2027, 1, 31), 30, 40).weeks(12).build(), TODAY));
        assertEquals("race-date", e.field());
        assertTrue(e.getMessage().contains("only 10 whole weeks remain"), e.getMessage());
    }

    @Test
    void aPlanThatWouldHaveStartedBeforeTodayNamesTheWeeksThatFit() {
        InfeasiblePlanException e = assertThrows(InfeasiblePlanException.class,
                () -> PlanBuilder.build(request(LocalDate.of(2027, 3, 14), 30, 40).weeks(18).build(), TODAY));
        assertEquals("weeks", e.field());
        assertTrue(e.getMessage().contains("choose at most 16 weeks"), e.getMessage());
    }

    @Test
    void anUnreachablePeakNamesTheReachablePeakAndTheWeeksNeeded() {
        InfeasiblePlanException e = assertThrows(InfeasiblePlanException.class,
                () -> PlanBuilder.build(request(LocalDate.of(2027, 4, 18), 30, 60).weeks(12).build(), TODAY));
        assertEquals("peak-weekly", e.field());
        assertTrue(e.getMessage().contains("the most this plan reaches is 52.9 mi"), e.getMessage());
        assertTrue(e.getMessage().contains("or a 15-week plan"), e.getMessage());
    }

    @Test
    void aPeakOutOfReachEvenInTwentyFourWeeksSaysToRaiseVolumeFirst() {
        InfeasiblePlanException e = assertThrows(InfeasiblePlanException.class,
                () -> PlanBuilder.build(request(LocalDate.of(2027, 6, 6), 16, 70).runsPerWeek(4).weeks(24).build(), TODAY));
        assertTrue(e.getMessage().contains("raise your weekly volume first"), e.getMessage());
    }

    @Test
    void threeRunsAWeekCannotCarryAHundredMilePeak() {
        InfeasiblePlanException e = assertThrows(InfeasiblePlanException.class,
                () -> PlanBuilder.build(request(LocalDate.of(2027, 4, 18), 60, 100).runsPerWeek(3).build(), TODAY));
        assertEquals("runs-per-week", e.field());
        assertTrue(e.getMessage().contains("3 runs carry at most 36.4 mi"), e.getMessage());
        assertTrue(e.getMessage().contains("use at least 6 runs a week"), e.getMessage());
    }

    @Test
    void aPeakTooBigForSevenRunsNamesTheLargestPeak() {
        InfeasiblePlanException e = assertThrows(InfeasiblePlanException.class,
                () -> PlanBuilder.build(request(LocalDate.of(2027, 4, 18), 100, 140).runsPerWeek(7).build(), TODAY));
        assertEquals("peak-weekly", e.field());
        assertTrue(e.getMessage().contains("choose a peak of at most"), e.getMessage());
    }

    @Test
    void everyFeasibleRequestBuildsAtTheReachablePeak() {
        PlanRequest request = request(LocalDate.of(2027, 4, 18), 30, 40).weeks(12).build();
        PlanRequest atLimit = request.withPeakWeekly(PlanBuilder.reachablePeak(request));
        assertEquals(12, PlanBuilder.build(atLimit, TODAY).weeks().size());
    }

    /** Three runs carry 36.4 mi, four 74.8 mi, five 92.4 mi, six 110.0 mi and seven 127.6 mi ({@link PlanBuilder#runsCapacity(int, DistanceUnit)}). */
    static InfeasiblePlanException threeRunsFor(double peak) {
        return assertThrows(InfeasiblePlanException.class,
                () -> PlanBuilder.build(request(LocalDate.of(2027, 4, 18), 30, peak).runsPerWeek(3).build(), TODAY));
    }

    @Test
    void aPeakExactlyAtFourRunsCapacitySuggestsFourRuns() {
        InfeasiblePlanException e = threeRunsFor(74.8);
        assertEquals("runs-per-week", e.field());
        assertEquals("use at least 4 runs a week, or a peak of at most 36.4 mi", e.suggestion().orElseThrow());
    }

    @Test
    void aPeakATenthAboveFourRunsCapacitySuggestsFiveRuns() {
        assertEquals("use at least 5 runs a week, or a peak of at most 36.4 mi", threeRunsFor(74.9).suggestion().orElseThrow());
    }

    @Test
    void aPeakExactlyAtSevenRunsCapacitySuggestsSevenRuns() {
        InfeasiblePlanException e = threeRunsFor(127.6);
        assertEquals("runs-per-week", e.field());
        assertEquals("use at least 7 runs a week, or a peak of at most 36.4 mi", e.suggestion().orElseThrow());
    }

    @Test
    void aPeakATenthAboveSevenRunsCapacityOnlySuggestsALowerPeak() {
        InfeasiblePlanException e = threeRunsFor(127.7);
        assertEquals("peak-weekly", e.field());
        assertEquals("choose a peak of at most 36.4 mi", e.suggestion().orElseThrow());
    }

    @Test
    void tooManyMilesForTheRunsExplainsTheLongRunLimits() {
        assertTrue(threeRunsFor(74.8).getMessage().contains("3 runs a week cannot carry a 74.8 mi peak week: with the long run at most "
                + "22.0 mi, 35% of its week from 40.0 mi a week and 14.0 mi below that, and other runs at most 80% of the long-run cap, "
                + "3 runs carry at most 36.4 mi"), threeRunsFor(74.8).getMessage());
    }
}
