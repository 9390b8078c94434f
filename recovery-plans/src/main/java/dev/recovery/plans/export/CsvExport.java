package dev.recovery.plans.export;

import dev.recovery.core.unit.Checks;
import dev.recovery.core.unit.DistanceUnit;
import dev.recovery.plans.plan.Plan;
import java.util.List;
import java.util.Locale;

/**
 * The plan as CSV (RFC 4180): a header row, then one row per session with date, week, phase, kind,
 * type, distance (in the plan's unit), duration, pace range, details and, for runs, the workout's
 * steps in words (e.g. {@code 2 km easy, 5 x 1000 m at I 4:10/km with 3 min jog, 2 km easy}). Rest days have a row of
 * kind {@code rest}, so every day of the plan appears.
 *
 * @since 0.1.0
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Renders {@code plan}. */
    public static String render(Plan plan) {
        return render(PlanSheet.of(plan));
    }

    /** Renders an already built sheet. */
    public static String render(PlanSheet sheet) {
        Checks.required("plan", sheet, "a plan to export");
        DistanceUnit units = sheet.units();
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append(CsvText.record(List.of("date", "weekday", "week", "phase", "kind", "type", "distance_" + units.symbol(),
                "duration", "pace_range", "details", "steps")));
        for (PlanSheet.SessionLine line : sheet.lines()) {
            out.append(CsvText.record(List.of(
                    line.date().toString(),
                    line.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH),
                    String.valueOf(line.week()),
                    line.phaseId(),
                    line.kind().id(),
                    line.type(),
                    line.distance().map(d -> String.format(Locale.ROOT, "%.2f", d.in(units))).orElse(""),
                    line.durationText(),
                    line.paceRange(),
                    line.details(),
                    line.steps())));
        }
        return out.toString();
    }
}
