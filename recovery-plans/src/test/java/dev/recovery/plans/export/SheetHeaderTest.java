package dev.recovery.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import org.junit.jupiter.api.Test;

/** What a printed plan says its paces come from, and the calendar a sheet renders by default. */
class SheetHeaderTest {

    @Test
    void aGoalPlanSaysItsPacesComeFromTheGoalMarathon() {
        assertEquals("goal marathon 3:45:00", PlanSheet.of(SamplePlans.eighteenWeeksKm()).basis());
    }

    @Test
    void aRacePlanSaysItsPacesComeFromTheRecentRace() {
        PlanRequest request = PlanRequest.builder(SamplePlans.RACE, Distance.ofKm(56), Distance.ofKm(88),
                RaceResult.recentRace(Distance.ofKm(10), Durations.parse("45:00"))).weeks(18).runsPerWeek(5)
                .units(DistanceUnit.KM).build();
        Plan plan = PlanBuilder.build(request, SamplePlans.TODAY);
        assertEquals("recent race " + Distance.ofKm(10).format(DistanceUnit.KM) + " in 45:00", PlanSheet.of(plan).basis());
    }

    @Test
    void aSheetsCalendarIsMadeByTheConsoleUnlessSaidOtherwise() {
        PlanSheet sheet = PlanSheet.of(SamplePlans.eighteenWeeksKm());
        assertEquals(IcsExport.render(sheet, SamplePlans.STAMP, CalendarIdentity.DEFAULT), IcsExport.render(sheet, SamplePlans.STAMP));
    }
}
