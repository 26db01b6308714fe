package org.newsgraph.io.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rows of a table written under its header: the header goes out before the first row, or on
 * {@link #flush} if no row came, so that an empty table still names its columns. Each row (and the
 * header) is turned into one line by the table's own format (CSV, tab-separated...). Not thread-safe.
 */
public final class HeaderedRows {

    private final Writer out;
    private final List<String> header;
    private final Function<List<String>, String> line;
    private boolean headerWritten;

    /**
     * @param out    where the lines go
     * @param header the column names
     * @param line   one row as one line, its end included
     */
    public HeaderedRows(Writer out, List<String> header, Function<List<String>, String> line) {
        this.out = Objects.requireNonNull(out, "out");
        this.header = List.copyOf(header);
        this.line = Objects.requireNonNull(line, "line");
    }

    /** Writes the header if it has not been written yet. */
    public void start() throws IOException {
        if (!headerWritten) {
            out.write(line.apply(header));
            headerWritten = true;
        }
    }

    /** Writes one row (after the header). */
    public void row(List<String> values) throws IOException {
        start();
        out.write(line.apply(values));
    }

    /** Writes the header if no row came, and flushes. */
    public void flush() throws IOException {
        start();
        out.flush();
    }
}
