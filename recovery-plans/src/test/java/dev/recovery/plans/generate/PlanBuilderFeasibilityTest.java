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

/**
 * The edges of what a plan can carry: the race just far enough away, a peak exactly at what the runs
 * carry (by the long-run caps or by about 3 h at the easy pace), and a peak reached in exactly the
 * number of weeks the refusal suggests.
 */
class PlanBuilderFeasibilityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate RACE = LocalDate.of(2027, 4, 18);
    /** A goal whose slow easy pace covers exactly 21.0 km in 3 h. */
    static final RaceResult THREE_HOURS_IS_21_KM = RaceResult.goalMarathon(Durations.parse("5:00:10"));
    /** A goal fast enough that 3 h of easy running is longer than any run the caps allow. */
    static final RaceResult FAST = RaceResult.goalMarathon(Durations.parse("3:00:00"));

    static PlanRequest.Builder km(double current, double peak, RaceResult basis) {
        return PlanRequest.builder(RACE, Distance.ofKm(current), Distance.ofKm(peak), basis).weeks(18);
    }

    static InfeasiblePlanException refused(PlanRequest request) {
        return assertThrows(InfeasiblePlanException.class, () -> PlanBuilder.build(request, TODAY));
    }

    @Test
    void aRaceExactlyTwelveWeeksAwayAsksForFewerWeeksNotAnotherRace() {
        // From 2026-11-22 to Sunday 2027-02-14 inclusive are 85 days: 12 whole weeks, just enough for a plan.
        InfeasiblePlanException e = refused(PlanRequest.builder(LocalDate.of(2027, 2, 14), Distance.ofKm(40), Distance.ofKm(50),
                FAST).weeks(13).build());
        assertEquals("weeks", e.field());
        assertEquals("choose at most 12 weeks", e.suggestion().orElseThrow());
    }

    @Test
    void aPeakExactlyAtWhatThreeRunsCarryBuilds() {
        // 3 runs carry 58.2 km: a 22.4 km long run and two 17.9 km runs.
        assertEquals(18, PlanBuilder.build(km(45, 58.2, FAST).runsPerWeek(3).build(), TODAY).weeks().size());
    }

    @Test
    void aPeakATenthAboveWhatThreeRunsCarryAsksForMoreRuns() {
        InfeasiblePlanException e = refused(km(45, 58.3, FAST).runsPerWeek(3).build());
        assertEquals("runs-per-week", e.field());
        assertEquals("use at least 4 runs a week, or a peak of at most 58.2 km", e.suggestion().orElseThrow());
    }

    @Test
    void sevenThreeHourRunsCarrySevenTimesTheThreeHourDistance() {
        assertEquals(147.0, PlanBuilder.runsCapacity(km(60, 100, THREE_HOURS_IS_21_KM).runsPerWeek(7).build()).km(), 1e-9);
    }

    @Test
    void threeRunsAtTheirThreeHourLimitCarryTheLongRunAndTwoCappedRuns() {
        // 21.0 km long run (3 h) and two runs at 80% of the 22.4 km long-run cap.
        assertEquals(56.8, PlanBuilder.runsCapacity(km(50, 58, THREE_HOURS_IS_21_KM).runsPerWeek(3).build()).km(), 1e-9);
    }

    @Test
    void aPeakBeyondSevenThreeHourRunsOnlySuggestsALowerPeak() {
        InfeasiblePlanException e = refused(km(140, 150, THREE_HOURS_IS_21_KM).runsPerWeek(7).build());
        assertEquals("peak-weekly", e.field());
        assertEquals("choose a peak of at most 147.0 km", e.suggestion().orElseThrow());
    }

    @Test
    void aPeakBeyondThreeRunsAtTheEasyPaceAlsoSuggestsMoreRuns() {
        InfeasiblePlanException e = refused(km(50, 58, THREE_HOURS_IS_21_KM).runsPerWeek(3).build());
        assertEquals("peak-weekly", e.field());
        assertEquals("choose a peak of at most 56.8 km, or more runs a week", e.suggestion().orElseThrow());
    }

    @Test
    void aPeakReachedInExactlyFifteenWeeksSuggestsFifteenWeeksAndTheirFirstDay() {
        // From 30 mi a week, 12 weeks reach 52.9 mi and 15 weeks exactly 63.9 mi.
        InfeasiblePlanException e = refused(PlanRequest.builder(RACE, Distance.ofMiles(30), Distance.ofMiles(63.9),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).units(DistanceUnit.MI).weeks(12).build());
        assertEquals("peak-weekly", e.field());
        assertEquals("choose a peak of at most 52.9 mi, or a 15-week plan (starting 2027-01-04)", e.suggestion().orElseThrow());
    }

    @Test
    void aPeakReachedOnlyInTheLongestPlanSuggestsTwentyFourWeeks() {
        // From 30 mi a week, 23 weeks reach 102.6 mi and 24 weeks 112.8 mi.
        InfeasiblePlanException e = refused(PlanRequest.builder(LocalDate.of(2027, 6, 6), Distance.ofMiles(30), Distance.ofMiles(110),
                RaceResult.goalMarathon(Durations.parse("3:45:00"))).units(DistanceUnit.MI).runsPerWeek(7).weeks(12).build());
        assertEquals("peak-weekly", e.field());
        assertTrue(e.suggestion().orElseThrow().endsWith(", or a 24-week plan (starting 2026-12-21)"), e.suggestion()::toString);
    }

    @Test
    void theLongRunLimitBelowTheThresholdIsAThresholdWeeksLongRun() {
        InfeasiblePlanException e = refused(km(45, 58.3, FAST).runsPerWeek(3).build());
        assertTrue(e.getMessage().contains("35% of its week from 64.0 km a week and 22.4 km below that"), e.getMessage());
    }
}
