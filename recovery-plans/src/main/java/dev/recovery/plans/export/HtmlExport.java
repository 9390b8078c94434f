package dev.recovery.plans.export;

import static dev.recovery.plans.export.MarkupText.html;

import dev.recovery.core.recovery.TrainingPhase;
import dev.recovery.core.unit.Checks;
import dev.recovery.plans.plan.Plan;
import java.util.List;

/**
 * The printable plan: one self-contained HTML file (inline CSS and SVG, no external assets) that
 * prints on A4 and US Letter, landscape, and stays readable in black and white.
 *
 * <p>It holds a header with race, pace basis and training paces; a weekly-volume bar chart that marks
 * phases, cutback and peak weeks with patterns as well as shades; one table row per week and one
 * cell per day; the strength programme; a legend; and when to see a professional. The markup is
 * well-formed XHTML laid out with CSS 2.1 tables, so PDF renderers that need XML (such as
 * openhtmltopdf) read it as browsers do. A new page starts at every phase and at least every
 * {@value #WEEKS_PER_PAGE} weeks.
 *
 * @since 0.1.0
 */
public final class HtmlExport {

    /** At most this many weeks share a printed page, so a day's cell keeps room for its text. */
    static final int WEEKS_PER_PAGE = 4;

    private HtmlExport() {
    }

    /** Renders {@code plan}. */
    public static String render(Plan plan) {
        return render(PlanSheet.of(plan));
    }

    /** Renders an already built sheet. */
    public static String render(PlanSheet sheet) {
        Checks.required("plan", sheet, "a plan to export");
        StringBuilder out = new StringBuilder(256 * 1024);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(html(sheet.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(out, sheet);
        out.append("<h2>Weekly volume</h2>\n");
        VolumeChart.svg(out, sheet);
        weeks(out, sheet);
        programme(out, sheet);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, PlanSheet sheet) {
        PlanSheet.DaySheet raceDay = sheet.weeks().get(sheet.weeks().size() - 1).days().get(6);
        out.append("<div class=\"header\">\n<h1>").append(html(sheet.title())).append("</h1>\n")
                .append("<table class=\"facts\"><tr>")
                .append("<td><b>Race</b><br/>Marathon, 42.195 km<br/>").append(raceDay.shortDate()).append(", ")
                .append(sheet.raceDate()).append("</td>")
                .append("<td><b>Plan</b><br/>").append(sheet.weeks().size()).append(" weeks from ")
                .append(sheet.weeks().get(0).start()).append("<br/>distances in ").append(sheet.units().symbol()).append("</td>")
                .append("<td><b>Paces from</b><br/>").append(html(sheet.basis())).append("</td>")
                .append("<td><b>Training paces</b><br/>");
        if (sheet.paces().isEmpty()) {
            out.append("easy runs conversational");
        } else {
            out.append(String.join("<br/>", sheet.paces().stream().map(MarkupText::html).toList()));
        }
        out.append("</td></tr></table>\n</div>\n");
    }

    private static void weeks(StringBuilder out, PlanSheet sheet) {
        TrainingPhase current = null;
        int onPage = 0;
        boolean open = false;
        for (PlanSheet.WeekSheet week : sheet.weeks()) {
            boolean newPhase = week.phase() != current;
            if (newPhase || onPage == WEEKS_PER_PAGE) {
                if (open) {
                    out.append("</tbody></table>\n");
                }
                out.append("<div class=\"page\">\n<h2>").append(phaseTitle(week.phase()))
                        .append(newPhase ? "" : " (continued)").append("</h2>\n");
                out.append("<table class=\"weeks\"><thead><tr><th class=\"wk\">Week</th>");
                for (PlanSheet.DaySheet day : week.days()) {
                    out.append("<th>").append(day.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                            java.util.Locale.ENGLISH)).append("</th>");
                }
                out.append("</tr></thead><tbody>\n");
                current = week.phase();
                onPage = 0;
                open = true;
            }
            row(out, week);
            onPage++;
            if (onPage == WEEKS_PER_PAGE || isLastOfPhase(sheet, week)) {
                out.append("</tbody></table>\n</div>\n");
                open = false;
            }
        }
        if (open) {
            out.append("</tbody></table>\n</div>\n");
        }
    }

    private static boolean isLastOfPhase(PlanSheet sheet, PlanSheet.WeekSheet week) {
        int i = week.number();
        return i == sheet.weeks().size() || sheet.weeks().get(i).phase() != week.phase();
    }

    private static void row(StringBuilder out, PlanSheet.WeekSheet week) {
        out.append("<tr class=\"").append(week.cutback() ? "cutback" : week.peak() ? "peak" : "plain").append("\">")
                .append("<td class=\"wk\"><b>Week ").append(week.number()).append("</b><br/>").append(week.phaseId())
                .append(week.cutback() ? "<br/><i>cutback</i>" : week.peak() ? "<br/><i>peak</i>" : "")
                .append("<br/>").append(week.start()).append("<br/><b>").append(html(week.volumeText())).append("</b></td>");
        for (PlanSheet.DaySheet day : week.days()) {
            out.append("<td class=\"day").append(day.isRest() ? " rest" : "").append("\"><div class=\"date\">")
                    .append(day.shortDate()).append("</div>");
            for (PlanSheet.SessionLine line : day.sessions()) {
                out.append("<div class=\"s ").append(line.kind().id()).append("\"><b>").append(html(line.headline())).append("</b>");
                if (line.workout().isPresent() && line.workout().get().parts().size() > 1) {
                    out.append("<br/><span class=\"steps\">").append(html(line.steps())).append("</span>");
                } else if (!line.paceRange().isEmpty()) {
                    out.append("<br/>").append(html(line.paceRange()));
                }
                if (line.kind() == SessionKind.STRENGTH && line.type().equals("light")) {
                    out.append("<br/>lighter sets");
                }
                out.append("</div>");
            }
            if (!day.extras().isEmpty()) {
                out.append("<div class=\"rec\">").append(String.join(" · ", day.extras().stream().map(MarkupText::html).toList()))
                        .append("</div>");
            }
            out.append("</td>");
        }
        out.append("</tr>\n");
    }

    private static void programme(StringBuilder out, PlanSheet sheet) {
        out.append("<div class=\"page\">\n");
        if (!sheet.strength().isEmpty()) {
            out.append("<h2>Strength programme</h2>\n<ul>\n");
            for (String line : sheet.strength()) {
                out.append("<li>").append(html(line)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<h2>Legend</h2>\n<ul>\n");
        for (String line : Legend.LINES) {
            out.append("<li>").append(html(line)).append("</li>\n");
        }
        out.append("</ul>\n");
        if (!sheet.routines().isEmpty()) {
            out.append("<h2>Recovery routine</h2>\n<p>").append(html(Legend.ROUTINE_INTRO)).append("</p>\n<ul>\n");
            for (String line : sheet.routines()) {
                out.append("<li>").append(html(line)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<div class=\"warn\">\n<h2>When to see a professional</h2>\n<p>")
                .append(html(Legend.SEE_A_PROFESSIONAL_INTRO)).append("</p>\n<ul>\n");
        for (String line : Legend.SEE_A_PROFESSIONAL) {
            out.append("<li>").append(html(line)).append("</li>\n");
        }
        out.append("</ul>\n<p><b>").append(html(Legend.DISCLAIMER)).append("</b></p>\n</div>\n</div>\n");
    }

    private static String phaseTitle(TrainingPhase phase) {
        return switch (phase) {
            case BASE -> "Base";
            case BUILD -> "Build";
            case PEAK -> "Peak weeks";
            case TAPER -> "Taper";
            case RACE_WEEK, DELOAD -> "Race week";
        };
    }

    /** Print-first CSS 2.1: tables, no flexbox or grid; shades with borders and italics so black and white still reads. */
    static final String CSS = String.join("\n", List.of(
            "@page { size: landscape; margin: 10mm; }",
            "body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 9pt; color: #000; margin: 0; }",
            "h1 { font-size: 16pt; margin: 0 0 4pt 0; }",
            "h2 { font-size: 11pt; margin: 8pt 0 4pt 0; }",
            "table { border-collapse: collapse; width: 100%; }",
            "table.facts td { border: 1px solid #000; padding: 4pt; vertical-align: top; width: 25%; }",
            "table.weeks { table-layout: fixed; page-break-inside: auto; }",
            "table.weeks th { border: 1px solid #000; background: #ddd; padding: 2pt; font-size: 8pt; }",
            "table.weeks td { border: 1px solid #000; padding: 2pt; vertical-align: top; font-size: 7.5pt; }",
            "table.weeks tr { page-break-inside: avoid; }",
            "th.wk, td.wk { width: 11%; }",
            "tr.cutback td.wk { border-left: 4px double #000; }",
            "tr.peak td.wk { border-left: 4px solid #000; }",
            "td.rest { background: #f3f3f3; }",
            "div.date { font-size: 7pt; color: #333; border-bottom: 1px dotted #999; margin-bottom: 2pt; }",
            "div.s { margin-bottom: 2pt; }",
            "div.s.rest b { font-style: italic; font-weight: normal; }",
            "div.rec { font-size: 6.5pt; color: #333; border-top: 1px dotted #999; margin-top: 2pt; }",
            "div.page { page-break-before: always; }",
            "div.warn { border: 2px solid #000; padding: 4pt 8pt; margin-top: 8pt; }",
            "svg { width: 100%; height: auto; }",
            "@media screen { body { margin: 16px; } }",
            ""));
}
