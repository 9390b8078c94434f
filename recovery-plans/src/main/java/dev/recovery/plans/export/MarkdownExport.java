package dev.recovery.plans.export;

import dev.recovery.core.unit.Checks;
import dev.recovery.plans.plan.Plan;
import java.util.List;

/**
 * The plan as Markdown: the same content as the printable HTML (header with race, basis and paces,
 * weekly volumes, one table row per week with a cell per day, the strength programme, the legend
 * and when to see a professional), as GitHub-flavoured tables.
 *
 * @since 0.1.0
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    /** Renders {@code plan}. */
    public static String render(Plan plan) {
        return render(PlanSheet.of(plan));
    }

    /** Renders an already built sheet. */
    public static String render(PlanSheet sheet) {
        Checks.required("plan", sheet, "a plan to export");
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("# ").append(sheet.title()).append("\n\n");
        out.append("- Race: **marathon, 42.195 km, on ").append(sheet.raceDate()).append(" (")
                .append(sheet.weeks().get(sheet.weeks().size() - 1).days().get(6).shortDate()).append(")**\n");
        out.append("- Paces from: ").append(sheet.basis()).append('\n');
        out.append("- Units: ").append(sheet.units().symbol()).append('\n');
        out.append("- Weeks: ").append(sheet.weeks().size()).append(", from ").append(sheet.weeks().get(0).start()).append("\n\n");
        if (!sheet.paces().isEmpty()) {
            out.append("## Training paces\n\n");
            for (String pace : sheet.paces()) {
                out.append("- ").append(pace).append('\n');
            }
            out.append('\n');
        }
        out.append("## Weekly volume\n\n| week | phase | starts | volume | note |\n|---:|---|---|---:|---|\n");
        for (PlanSheet.WeekSheet week : sheet.weeks()) {
            out.append("| ").append(week.number()).append(" | ").append(week.phaseId()).append(" | ").append(week.start())
                    .append(" | ").append(week.volumeText()).append(" | ")
                    .append(week.cutback() ? "cutback" : week.peak() ? "peak" : "").append(" |\n");
        }
        out.append("\n## The plan, week by week\n\n");
        for (PlanSheet.WeekSheet week : sheet.weeks()) {
            out.append("### ").append(week.label()).append(" (").append(week.start()).append(", ")
                    .append(week.volumeText()).append(")\n\n");
            for (String note : week.notes()) {
                out.append("> ").append(note).append('\n');
            }
            if (!week.notes().isEmpty()) {
                out.append('\n');
            }
            out.append("| day | sessions | recovery |\n|---|---|---|\n");
            for (PlanSheet.DaySheet day : week.days()) {
                out.append("| ").append(day.shortDate()).append(" (").append(day.date()).append(") | ")
                        .append(MarkupText.markdownCell(sessions(day))).append(" | ")
                        .append(MarkupText.markdownCell(String.join("; ", day.extras()))).append(" |\n");
            }
            out.append('\n');
        }
        if (!sheet.strength().isEmpty()) {
            out.append("## Strength programme\n\n");
            for (String line : sheet.strength()) {
                out.append("- ").append(line).append('\n');
            }
            out.append('\n');
        }
        out.append("## Legend\n\n");
        for (String line : Legend.LINES) {
            out.append("- ").append(line).append('\n');
        }
        if (!sheet.routines().isEmpty()) {
            out.append("\n## Recovery routine\n\n").append(Legend.ROUTINE_INTRO).append("\n\n");
            for (String line : sheet.routines()) {
                out.append("- ").append(line).append('\n');
            }
        }
        out.append("\n## When to see a professional\n\n").append(Legend.SEE_A_PROFESSIONAL_INTRO).append("\n\n");
        for (String line : Legend.SEE_A_PROFESSIONAL) {
            out.append("- ").append(line).append('\n');
        }
        out.append('\n').append(Legend.DISCLAIMER).append('\n');
        return out.toString();
    }

    private static String sessions(PlanSheet.DaySheet day) {
        StringBuilder cell = new StringBuilder();
        List<PlanSheet.SessionLine> lines = day.sessions();
        for (int i = 0; i < lines.size(); i++) {
            PlanSheet.SessionLine line = lines.get(i);
            if (i > 0) {
                cell.append("\n");
            }
            cell.append("**").append(line.headline()).append("**");
            if (line.workout().isPresent() && line.workout().get().parts().size() > 1) {
                cell.append(": ").append(line.steps());
            } else if (!line.paceRange().isEmpty()) {
                cell.append(" @ ").append(line.paceRange());
            }
            if (line.kind() == SessionKind.STRENGTH) {
                cell.append(": ").append(line.details());
            }
        }
        return cell.toString();
    }
}
