package dev.recovery.shell.export;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.generate.PlanBuilder;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.Duration;
import java.time.LocalDate;

/** Plans for the FIT export's tests, built by the plans library as the console builds them. */
final class FitExportPlans {

    static final LocalDate RACE = LocalDate.of(2027, 4, 18);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private FitExportPlans() {
    }

    /** An 18-week plan, 5 runs a week, 30 to 55 mi, for a 3:30 marathon. */
    static Plan miles() {
        return plan(DistanceUnit.MI, 30, 55, 5, Duration.ofMinutes(210), 18);
    }

    /**
     * A plan for the request, its peak lowered to what the progression rules and the runs a week reach.
     *
     * @return the plan
     * @throws dev.recovery.plans.generate.InfeasiblePlanException if even that cannot be planned
     */
    static Plan plan(DistanceUnit units, double current, double peak, int runs, Duration goal, int weeks) {
        PlanRequest first = request(units, Distance.of(current, units), Distance.of(current, units), runs, goal, weeks);
        double reachable = Math.min(PlanBuilder.reachablePeak(first).in(units), PlanBuilder.runsCapacity(first).in(units));
        double wanted = Math.max(current, Math.min(peak, Math.floor(reachable)));
        return PlanBuilder.build(request(units, Distance.of(current, units), Distance.of(wanted, units), runs, goal, weeks), TODAY);
    }

    private static PlanRequest request(DistanceUnit units, Distance current, Distance peak, int runs, Duration goal, int weeks) {
        return PlanRequest.builder(RACE, current, peak, RaceResult.goalMarathon(goal))
                .weeks(weeks).runsPerWeek(runs).units(units).build();
    }
}
