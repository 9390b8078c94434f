package dev.recovery.plans.generate;

import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Day;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;

/** Prints a plan, for docs and eyeballing: {@code PlanPrinter.print(plan)}. */
public final class PlanPrinter {

    private PlanPrinter() {
    }

    public static String print(Plan plan) {
        StringBuilder out = new StringBuilder();
        DistanceUnit u = plan.units();
        for (Week w : plan.weeks()) {
            out.append(String.format("W%-2d %-5s %s %6.1f %s%n", w.index() + 1, w.phase().id(), w.start(), w.trainingVolume().in(u),
                    w.cutback() ? "cutback" : ""));
            for (Day d : w.days()) {
                StringBuilder s = new StringBuilder();
                for (PlannedRun r : d.runs()) {
                    s.append(r.kind().id()).append(' ').append(String.format("%.1f", r.distance().in(u))).append(" [")
                            .append(dev.recovery.plans.workout.WorkoutText.describe(r.workout(), u)).append("]; ");
                }
                d.strength().ifPresent(x -> s.append(x.light() ? "strength(light) " : "strength hold=" + x.bulgarianHoldSeconds() + " "));
                d.cross().ifPresent(x -> s.append("cross " + Durations.format(x.duration()) + " "));
                d.mobility().ifPresent(x -> s.append(x.yoga() ? "yoga " : "mobility "));
                if (d.isRest()) {
                    s.append("REST");
                }
                out.append("    ").append(d.date().getDayOfWeek().toString(), 0, 3).append(' ').append(s).append('\n');
            }
        }
        return out.toString();
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            PlanRequest q = dev.recovery.plans.PlanRequests.fromSeed(Long.parseLong(args[0]));
            System.out.println(q);
            System.out.println(print(PlanBuilder.build(q, dev.recovery.plans.PlanRequests.TODAY)));
            return;
        }
        PlanRequest r = PlanRequest.builder(LocalDate.of(2027, 4, 18), Distance.ofMiles(35), Distance.ofMiles(55),
                RaceResult.goalMarathon(Durations.parse("3:30:00"))).weeks(18).runsPerWeek(5).units(DistanceUnit.MI).build();
        System.out.println(r);
        System.out.println(print(PlanBuilder.build(r, LocalDate.of(2026, 11, 22))));
    }
}
