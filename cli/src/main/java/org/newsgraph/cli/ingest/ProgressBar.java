package org.newsgraph.cli.ingest;

import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * Progress as one line redrawn in place with a carriage return:
 * {@code [#########           ] 42 of 84 (50%), 1.3 articles/s, 32s left}.
 */
final class ProgressBar extends Progress {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    /** ANSI "erase the whole line". */
    private static final String CLEAR = "\r\u001b[2K";

    private long lastDraw = Long.MIN_VALUE;
    private String shown = "";

    ProgressBar(PrintWriter err, OptionalInt total, LongSupplier nanoTime) {
        super(err, total, nanoTime);
    }

    @Override
    public synchronized void update(int done) {
        long now = now();
        if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(line(done));
    }

    @Override
    public synchronized void println(String message) {
        err().print(CLEAR);
        err().println(message);
        err().print(shown);
        err().flush();
    }

    @Override
    public synchronized void finish(int done) {
        draw(line(done));
        err().println();
        err().flush();
        shown = "";
    }

    private void draw(String line) {
        shown = line;
        err().print(CLEAR);
        err().print(line);
        err().flush();
    }

    String line(int done) {
        OptionalInt total = total();
        StringBuilder bar = new StringBuilder("[");
        int filled = total.isPresent() && total.getAsInt() > 0
                ? (int) Math.min(WIDTH, (long) WIDTH * done / total.getAsInt()) : 0;
        bar.append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
        return (total.isPresent() ? bar.toString() : "") + status(done);
    }
}
