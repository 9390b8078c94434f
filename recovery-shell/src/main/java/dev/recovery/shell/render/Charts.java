package dev.recovery.shell.render;

import java.util.List;

/**
 * Small text charts: horizontal bars and a one-line sparkline, drawn with block characters when
 * the terminal can show them and with ASCII ({@code #}, {@code _.-=^}) otherwise.
 */
public final class Charts {

    private static final char[] BLOCKS = {'\u2581', '\u2582', '\u2583', '\u2584', '\u2585', '\u2586', '\u2587', '\u2588'};
    /** Left-aligned partial blocks from one eighth to seven eighths of a cell. */
    private static final String PARTIAL = "\u258F\u258E\u258D\u258C\u258B\u258A\u2589";
    private static final char[] ASCII_LEVELS = {'_', '.', '-', '=', '^'};

    private Charts() {
    }

    /**
     * @param value the bar's value (negative counts as zero)
     * @param max the value that fills the whole width
     * @param width the width in characters of a full bar
     * @param style whether block characters may be used
     * @return the bar
     */
    public static String bar(double value, double max, int width, Style style) {
        if (max <= 0 || value <= 0) {
            return "";
        }
        double cells = Math.min(1.0, value / max) * width;
        int full = (int) cells;
        if (!style.unicode()) {
            return "#".repeat(Math.max(full, cells > 0 && full == 0 ? 1 : full));
        }
        String bar = "\u2588".repeat(full);
        int eighths = (int) Math.round((cells - full) * 8);
        if (eighths >= 8) {
            bar += "\u2588";
        } else if (eighths > 0) {
            bar += PARTIAL.charAt(eighths - 1);
        }
        return bar;
    }

    /**
     * @param values the series, oldest first
     * @param style whether block characters may be used
     * @return one character per value, its height proportional between the series' min and max
     */
    public static String sparkline(List<Double> values, Style style) {
        if (values.isEmpty()) {
            return "";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        char[] levels = style.unicode() ? BLOCKS : ASCII_LEVELS;
        StringBuilder line = new StringBuilder();
        for (double value : values) {
            int level = max == min ? levels.length / 2
                    : (int) Math.round((value - min) / (max - min) * (levels.length - 1));
            line.append(levels[level]);
        }
        return line.toString();
    }
}
