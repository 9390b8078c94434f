package dev.recovery.plans.plan;

import dev.recovery.core.pace.TrainingPaces;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.request.PlanRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A periodized marathon plan: the request it answers, its weeks from the first day to race day, and
 * the plan-wide reasons (the rules it was built by and the assumptions it made).
 *
 * @param request                  the request the plan answers
 * @param units                    the unit every distance is rounded in (the request's)
 * @param assumedLongestRecentRun  the longest run the runner is assumed to have done in the 30 days
 *                                 before the plan, derived from the stated current volume; the first
 *                                 weeks' runs grow from it
 * @param paces                    the training paces every run's pace range comes from (VDOT, from the pace basis)
 * @param weeks                    the weeks, in order; the last day of the last week is race day
 * @param reasons                  plan-wide reasons; possibly empty
 * @since 0.1.0
 */
public record Plan(PlanRequest request, DistanceUnit units, Distance assumedLongestRecentRun, TrainingPaces paces, List<Week> weeks,
        List<Reason> reasons) {

    /** @throws IllegalArgumentException naming the first missing part */
    public Plan {
        Checks.required("request", request, "the plan request");
        Checks.required("units", units, "km or mi");
        Checks.required("assumed-longest-recent-run", assumedLongestRecentRun, "a distance");
        Checks.required("paces", paces, "the training paces");
        weeks = List.copyOf(Checks.required("weeks", weeks, "at least one week"));
        if (weeks.isEmpty()) {
            throw Checks.invalid("weeks", "none", "at least one week");
        }
        reasons = List.copyOf(Checks.required("reasons", reasons, "a list of reasons"));
    }

    /** The first day. */
    public LocalDate startDate() {
        return weeks.get(0).start();
    }

    /** Race day, the plan's last day. */
    public LocalDate raceDate() {
        List<Day> last = weeks.get(weeks.size() - 1).days();
        return last.get(last.size() - 1).date();
    }

    /** Every day, in date order. */
    public List<Day> days() {
        List<Day> all = new ArrayList<>(weeks.size() * 7);
        for (Week week : weeks) {
            all.addAll(week.days());
        }
        return all;
    }

    /** The day on {@code date}, if the plan covers it. */
    public Optional<Day> day(LocalDate date) {
        for (Week week : weeks) {
            if (!date.isBefore(week.start()) && date.isBefore(week.start().plusDays(7))) {
                return Optional.of(week.days().get((int) (date.toEpochDay() - week.start().toEpochDay())));
            }
        }
        return Optional.empty();
    }

    /** The week containing {@code date}, if any. */
    public Optional<Week> weekOf(LocalDate date) {
        for (Week week : weeks) {
            if (!date.isBefore(week.start()) && date.isBefore(week.start().plusDays(7))) {
                return Optional.of(week);
            }
        }
        return Optional.empty();
    }
}
