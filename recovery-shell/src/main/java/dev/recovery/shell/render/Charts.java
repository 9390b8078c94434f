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

    /** The mark for the day a physical therapist or doctor cleared a region. */
    public static final char CLEARED_MARK = 'c';

    /** The most pain a check-in reports: the top of the 0-10 scale. */
    private static final int MAX_PAIN = 10;

    /**
     * One day's pain as one character, its height proportional to pain on the whole 0-10 scale (not
     * to the series: a 2 always looks small): a dot for pain 0, then block characters, or ASCII digits
     * ({@code 0}-{@code 9}, {@code X} for 10).
     *
     * @param pain the pain, 0-10
     * @param style whether block characters may be used
     * @return the character
     * @throws IllegalArgumentException if pain is outside 0-10
     */
    public static char pain(int pain, Style style) {
        if (pain < 0 || pain > MAX_PAIN) {
            throw new IllegalArgumentException("pain: " + pain + " is not allowed; expected 0 to " + MAX_PAIN);
        }
        if (!style.unicode()) {
            return pain == MAX_PAIN ? 'X' : (char) ('0' + pain);
        }
        if (pain == 0) {
            return '\u00B7';
        }
        return BLOCKS[(int) Math.round((pain - 1) * (BLOCKS.length - 1) / (double) (MAX_PAIN - 1))];
    }

    /**
     * @param style whether block characters may be used
     * @return what the pain characters mean, for a chart's legend
     */
    public static String painLegend(Style style) {
        return style.unicode() ? "\u00B7 pain 0, " + pain(1, style) + " to " + pain(MAX_PAIN, style) + " pain 1-10"
                : "digits: pain 0-9, X: 10";
    }
}
