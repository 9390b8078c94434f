package dev.recovery.plans.generate;

import dev.recovery.core.log.RunType;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.core.unit.Durations;
import dev.recovery.plans.plan.Day;
import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.plans.plan.Plan;
import dev.recovery.plans.plan.PlannedRun;
import dev.recovery.plans.plan.Week;
import dev.recovery.plans.request.PlanRequest;
import dev.recovery.plans.request.RaceResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the numbers of docs/plans.md's comparison table from real plans:
 * {@code java -cp recovery-plans/target/classes:recovery-plans/target/test-classes:recovery-core/target/classes dev.recovery.plans.generate.BookComparison}.
 */
public final class BookComparison {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate RACE = LocalDate.of(2027, 4, 18);

    private BookComparison() {
    }

    /** The 18-week plans compared: 35 to 55 mi on 5 runs (against Pfitzinger 18/55) and 25 to 40 mi on 4 runs (against Higdon Novice 1). */
    static Plan plan(double current, double peak, int runs, String goal) {
        return PlanBuilder.build(PlanRequest.builder(RACE, Distance.ofMiles(current), Distance.ofMiles(peak),
                RaceResult.goalMarathon(Durations.parse(goal))).weeks(18).runsPerWeek(runs).units(DistanceUnit.MI).build(), TODAY);
    }

    /** One table row: peak week, longest run, its share of its week, cutbacks, taper as % of peak. */
    static String row(String name, Plan plan) {
        DistanceUnit u = plan.units();
        double peak = 0;
        double longest = 0;
        double share = 0;
        List<String> cutbacks = new ArrayList<>();
        for (Week week : plan.weeks()) {
            double volume = week.trainingVolume().in(u);
            peak = Math.max(peak, volume);
            for (Day day : week.days()) {
                for (PlannedRun run : day.runs()) {
                    if (run.type() != RunType.RACE && run.distance().in(u) > longest) {
                        longest = run.distance().in(u);
                        share = longest / volume;
                    }
                }
            }
            if (week.cutback()) {
                double before = plan.weeks().get(week.index() - 1).trainingVolume().in(u);
                cutbacks.add(String.format(Locale.ROOT, "wk %d (-%.0f%%)", week.index() + 1, 100 * (1 - volume / before)));
            }
        }
        List<String> taper = new ArrayList<>();
        for (Week week : plan.weeks().subList(plan.weeks().size() - 3, plan.weeks().size())) {
            taper.add(String.format(Locale.ROOT, "%.0f", 100 * week.trainingVolume().in(u) / peak));
        }
        long peakWeeks = plan.weeks().stream().filter(w -> w.phase() == TrainingPhase.PEAK).count();
        return String.format(Locale.ROOT, "| %s | %.1f mi (held %d weeks) | %.1f mi | %.0f%% | %s | %s |", name, peak, peakWeeks,
                longest, 100 * share, String.join(", ", cutbacks), String.join("/", taper));
    }

    public static void main(String[] args) {
        System.out.println(row("this product, 35 -> 55 mi, 5 runs/week", plan(35, 55, 5, "3:45:00")));
        System.out.println(row("this product, 25 -> 40 mi, 4 runs/week", plan(25, 40, 4, "4:45:00")));
    }
}
