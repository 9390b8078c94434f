package dev.recovery.plans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import dev.recovery.plans.workout.IntensityLimits;
import org.junit.jupiter.api.Test;

/** Example plans a coach would recognise: beginner, intermediate, advanced, and one in kilometres. */
class TypicalPlansTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate RACE = LocalDate.of(2027, 4, 18);

    static Plan plan(double current, double peak, int runs, DistanceUnit unit, String goal) {
        PlanRequest request = PlanRequest.builder(RACE, Distance.of(current, unit), Distance.of(peak, unit),
                RaceResult.goalMarathon(Durations.parse(goal))).weeks(18).runsPerWeek(runs).units(unit).build();
        return PlanBuilder.build(request, TODAY);
    }

    static double peakVolume(Plan plan) {
        return plan.weeks().stream().mapToDouble(w -> w.trainingVolume().in(plan.units())).max().orElseThrow();
    }

    static double longestRun(Plan plan) {
        return plan.weeks().stream().flatMap(w -> w.days().stream()).flatMap(d -> d.runs().stream())
                .filter(r -> r.type() != RunType.RACE).mapToDouble(r -> r.distance().in(plan.units())).max().orElseThrow();
    }

    @Test
    void beginnerFourRunsTwentyFiveToFortyMilesPeaksAtForty() {
        Plan plan = plan(25, 40, 4, DistanceUnit.MI, "4:45:00");
        assertEquals(40.0, peakVolume(plan), 40 * 0.03);
        assertEquals(4, plan.weeks().get(0).runCount());
        double timeCap = IntensityLimits.longRunMaxMetres(plan.paces().easy()) / DistanceUnit.MI.metres();
        assertTrue(timeCap < 14.0, "a 4:45 marathoner covers less than 14 mi in 3 h at easy pace");
        assertEquals(timeCap, longestRun(plan), 0.001, "35% of a 40 mi week would be 14 mi: the long run stops at 3 h of easy running");
    }

    @Test
    void intermediateFiveRunsThirtyFiveToFiftyFiveMilesHasALongRunNearTwenty() {
        Plan plan = plan(35, 55, 5, DistanceUnit.MI, "3:45:00");
        assertEquals(55.0, peakVolume(plan), 55 * 0.03);
        double timeCap = IntensityLimits.longRunMaxMetres(plan.paces().easy()) / DistanceUnit.MI.metres();
        assertTrue(longestRun(plan) >= 17 && longestRun(plan) <= Math.min(19.25, timeCap) + 1e-9, "longest " + longestRun(plan));
        assertEquals(3, plan.weeks().stream().filter(Week::cutback).count());
    }

    @Test
    void advancedSixRunsFiftyFiveToSeventyMilesCapsTheLongRunAtTwentyTwo() {
        Plan plan = plan(55, 70, 6, DistanceUnit.MI, "3:05:00");
        assertEquals(70.0, peakVolume(plan), 70 * 0.03);
        assertTrue(longestRun(plan) <= 22.0 + 1e-9);
        assertTrue(longestRun(plan) >= 20.0, "longest " + longestRun(plan));
    }

    @Test
    void kilometrePlansPlanWholeMetres() {
        Plan plan = plan(40, 70, 5, DistanceUnit.KM, "3:50:00");
        assertEquals(DistanceUnit.KM, plan.units());
        assertEquals(70.0, peakVolume(plan), 70 * 0.03);
        plan.days().forEach(d -> d.runs().stream().filter(r -> r.type() != RunType.RACE).forEach(r -> {
            assertEquals(Math.rint(r.distance().metres()), r.distance().metres(), 1e-9, "not whole metres: " + r);
            assertEquals(r.workout().metres(), r.distance().metres(), 1e-9);
        }));
        assertTrue(longestRun(plan) <= 35.0 + 1e-9);
    }

    @Test
    void eighteenWeekPlansHaveABaseBuildThreePeakTwoTaperAndARaceWeek() {
        Plan plan = plan(35, 55, 5, DistanceUnit.MI, "3:45:00");
        assertEquals(3, plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.PEAK).count());
        assertEquals(2, plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.TAPER).count());
        assertEquals(TrainingPhase.RACE_WEEK, plan.weeks().get(17).phase());
    }

    @Test
    void twelveWeekPlansHaveAOneWeekTaperBeforeRaceWeek() {
        PlanRequest request = PlanRequest.builder(RACE, Distance.ofMiles(30), Distance.ofMiles(40),
                RaceResult.goalMarathon(Durations.parse("4:00:00"))).weeks(12).runsPerWeek(4).units(DistanceUnit.MI).build();
        Plan plan = PlanBuilder.build(request, TODAY);
        assertEquals(1, plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.TAPER).count());
    }

    @Test
    void aStartDateGivesTheWholeWeeksBeforeTheRace() {
        PlanRequest request = PlanRequest.builder(RACE, Distance.ofMiles(30), Distance.ofMiles(40),
                RaceResult.goalMarathon(Durations.parse("4:00:00"))).startDate(LocalDate.of(2026, 12, 1)).build();
        assertEquals(19, request.weeks());
        assertEquals(LocalDate.of(2026, 12, 7), request.startDate());
    }

    @Test
    void sevenRunsAWeekPutTwoEasyRunsOnOneDay() {
        Plan plan = plan(60, 80, 7, DistanceUnit.MI, "2:59:00");
        assertTrue(plan.weeks().get(0).days().stream().anyMatch(d -> d.runs().size() == 2));
        assertEquals(7, plan.weeks().get(0).runCount());
    }
}
