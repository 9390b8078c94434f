package dev.recovery.plans.export;

import static dev.recovery.plans.export.MarkupText.html;

import dev.recovery.core.recovery.TrainingPhase;
import java.util.Locale;

/**
 * The weekly-volume bar chart of the printable plan, as inline SVG: one bar per week, its shade and
 * pattern by phase, cutback weeks hatched and the peak phase's weeks solid black, with the volume over each bar
 * and the week number under it, so it reads in black and white.
 */
final class VolumeChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 230;
    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int TOP = 20;
    private static final int BOTTOM = 60;

    private VolumeChart() {
    }

    static void svg(StringBuilder out, PlanSheet sheet) {
        int n = sheet.weeks().size();
        double max = 0;
        for (PlanSheet.WeekSheet week : sheet.weeks()) {
            max = Math.max(max, week.volume().in(sheet.units()));
        }
        double plot = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - RIGHT) / (double) n;
        double bar = slot * 0.7;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Weekly volume by week\">\n")
                .append("<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0,6 L6,0\" stroke=\"#000\" stroke-width=\"1.2\"/>")
                .append("</pattern><pattern id=\"dots\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\">")
                .append("<rect width=\"5\" height=\"5\" fill=\"#fff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#000\"/>")
                .append("</pattern></defs>\n");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#000\"/>\n");
        out.append("<text x=\"4\" y=\"").append(TOP - 6).append("\" font-size=\"11\">").append(sheet.units().symbol())
                .append(" per week</text>\n");
        TrainingPhase previous = null;
        for (int i = 0; i < n; i++) {
            PlanSheet.WeekSheet week = sheet.weeks().get(i);
            double value = week.volume().in(sheet.units());
            double h = max == 0 ? 0 : value / max * plot;
            double x = LEFT + i * slot + (slot - bar) / 2;
            double y = HEIGHT - BOTTOM - h;
            out.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"").append(f(bar))
                    .append("\" height=\"").append(f(h)).append("\" fill=\"").append(fill(week))
                    .append("\" stroke=\"#000\" stroke-width=\"1\"><title>").append(html(week.label() + ": " + week.volumeText()))
                    .append("</title></rect>\n");
            out.append("<text x=\"").append(f(x + bar / 2)).append("\" y=\"").append(f(y - 3))
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(Math.round(value)).append("</text>\n");
            out.append("<text x=\"").append(f(x + bar / 2)).append("\" y=\"").append(HEIGHT - BOTTOM + 13)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(week.number()).append("</text>\n");
            if (week.phase() != previous) {
                double px = LEFT + i * slot;
                out.append("<line x1=\"").append(f(px)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(f(px))
                        .append("\" y2=\"").append(HEIGHT - BOTTOM + 40).append("\" stroke=\"#000\" stroke-dasharray=\"3,3\"/>\n")
                        .append("<text x=\"").append(f(px + 3)).append("\" y=\"").append(HEIGHT - BOTTOM + 32)
                        .append("\" font-size=\"11\" font-weight=\"bold\">").append(week.phaseId()).append("</text>\n");
                previous = week.phase();
            }
        }
        legend(out);
        out.append("</svg>\n");
    }

    private static void legend(StringBuilder out) {
        int y = HEIGHT - 10;
        String[][] keys = {{"#fff", "base"}, {"#bbb", "build"}, {"#000", "peak"}, {"url(#hatch)", "cutback"},
            {"url(#dots)", "taper / race"}};
        int x = LEFT;
        for (String[] key : keys) {
            out.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"12\" height=\"10\" fill=\"")
                    .append(key[0]).append("\" stroke=\"#000\"/><text x=\"").append(x + 16).append("\" y=\"").append(y)
                    .append("\" font-size=\"10\">").append(key[1]).append("</text>\n");
            x += 110;
        }
    }

    private static String fill(PlanSheet.WeekSheet week) {
        if (week.cutback()) {
            return "url(#hatch)";
        }
        return switch (week.phase()) {
            case BASE -> "#fff";
            case BUILD -> "#bbb";
            case PEAK -> "#000";
            case TAPER, RACE_WEEK, DELOAD -> "url(#dots)";
        };
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
