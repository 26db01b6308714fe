package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text table for the terminal: a header row, then rows, columns padded to their widest
 * cell, cells longer than {@value #MAX_CELL} characters cut with an ellipsis, numbers right-aligned.
 */
final class TextTable {

    static final int MAX_CELL = 80;

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = header.clone();
    }

    /** Adds a row of as many cells as the header has; a null cell prints as empty. */
    TextTable row(@Nullable Object... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.length);
        }
        rows.add(Arrays.stream(cells).map(TextTable::cell).toArray(String[]::new));
        return this;
    }

    private static String cell(@Nullable Object value) {
        String text = value == null ? "" : value.toString().replaceAll("\\s+", " ").strip();
        return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.length];
        boolean[] numeric = new boolean[header.length];
        Arrays.fill(numeric, !rows.isEmpty());
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
                numeric[i] &= row[i].matches("-?\\d+");
            }
        }
        print(out, header, widths, numeric);
        for (String[] row : rows) {
            print(out, row, widths, numeric);
        }
        out.flush();
    }

    private static void print(PrintWriter out, String[] cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(widths[i] - cells[i].length());
            line.append(numeric[i] ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
        }
        out.println(line);
    }
}
