package dev.recovery.plans.plan;

import dev.recovery.core.log.RunType;
import dev.recovery.core.source.Reason;
import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.Distance;
import java.time.LocalDate;
import java.util.List;

/**
 * One week of a plan.
 *
 * @param index          0 for the first week
 * @param phase          base, build, peak, taper or race
 * @param start          the week's first day
 * @param plannedVolume  the total planned running, the race included
 * @param cutback        true for a step-back week
 * @param reasons        why the week has this shape, e.g. "cutback: 4th week of block 2"
 * @param days           the seven days, in date order
 * @since 0.1.0
 */
public record Week(int index, Phase phase, LocalDate start, Distance plannedVolume, boolean cutback, List<Reason> reasons,
        List<Day> days) {

    /** @throws IllegalArgumentException naming the first invalid part */
    public Week {
        Checks.inRange("index", index, 0, 100);
        Checks.requiredOneOf("phase", phase, Phase.class);
        Checks.required("start", start, "a date");
        Checks.required("planned-volume", plannedVolume, "a distance");
        reasons = List.copyOf(Checks.required("reasons", reasons, "a list of reasons"));
        days = List.copyOf(Checks.required("days", days, "seven days"));
        if (days.size() != 7) {
            throw Checks.invalid("days", days.size(), "seven days");
        }
    }

    /** The training volume: every run except the race itself, which progression rules leave out. */
    public Distance trainingVolume() {
        double metres = 0;
        for (Day day : days) {
            for (PlannedRun run : day.runs()) {
                if (run.type() != RunType.RACE) {
                    metres += run.distance().metres();
                }
            }
        }
        return Distance.ofMetres(metres);
    }

    /** The longest run of the week, the race included. */
    public Distance longestRun() {
        double metres = 0;
        for (Day day : days) {
            for (PlannedRun run : day.runs()) {
                metres = Math.max(metres, run.distance().metres());
            }
        }
        return Distance.ofMetres(metres);
    }

    /** The number of runs, the race included. */
    public int runCount() {
        int count = 0;
        for (Day day : days) {
            count += day.runs().size();
        }
        return count;
    }
}
