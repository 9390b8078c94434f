package dev.recovery.shell.render;

import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table: a header row, a rule, then rows. Columns whose header is given with
 * {@link #right(String)} are right-aligned (numbers); the rest left-aligned.
 */
public final class Table {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /** @return a new empty table */
    public static Table create() {
        return new Table();
    }

    /** @return this table with a left-aligned column */
    public Table left(String header) {
        headers.add(header);
        rightAligned.add(false);
        return this;
    }

    /** @return this table with a right-aligned column */
    public Table right(String header) {
        headers.add(header);
        rightAligned.add(true);
        return this;
    }

    /**
     * @param cells one cell per column; null prints as empty
     * @return this table
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    public Table row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row: " + cells.length + " cells given; expected " + headers.size());
        }
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        rows.add(row);
        return this;
    }

    /** @return whether no row has been added */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** @return the table as lines of text, without a trailing newline */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendRow(text, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        text.append('\n').append(rule);
        for (List<String> row : rows) {
            text.append('\n');
            appendRow(text, row, widths);
        }
        return text.toString();
    }

    private void appendRow(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(rightAligned.get(c) ? pad + cell : cell + pad);
        }
        text.append(line.toString().stripTrailing());
    }
}
