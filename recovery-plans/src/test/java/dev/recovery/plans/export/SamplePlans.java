package dev.recovery.plans.export;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.Instant;
import java.time.LocalDate;

/** The fixed plans the export tests and the samples in docs/samples/ are made from. */
final class SamplePlans {

    /** "Today" for every sample: plans never read the clock. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Race day of the samples, a Sunday. */
    static final LocalDate RACE = LocalDate.of(2027, 4, 18);
    /** DTSTAMP of the sample calendars. */
    static final Instant STAMP = Instant.parse("2026-11-22T08:00:00Z");

    private SamplePlans() {
    }

    /** The sample 18-week plan: 5 runs a week, 35 to 55 miles, goal 3:45:00. */
    static Plan eighteenWeeksMiles() {
        return plan(35, 55, 5, DistanceUnit.MI, "3:45:00");
    }

    /** The same runner in kilometres: 56 to 88 km. */
    static Plan eighteenWeeksKm() {
        return plan(56, 88, 5, DistanceUnit.KM, "3:45:00");
    }

    static Plan plan(double current, double peak, int runs, DistanceUnit unit, String goal) {
        PlanRequest request = PlanRequest.builder(RACE, Distance.of(current, unit), Distance.of(peak, unit),
                RaceResult.goalMarathon(Durations.parse(goal))).weeks(18).runsPerWeek(runs).units(unit).build();
        return PlanBuilder.build(request, TODAY);
    }
}
