package org.newsgraph.cli.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/** Progress as plain lines ({@code ingest: 200 of 900 (22%), ...}), for logs and pipes. */
final class ProgressLines extends Progress {

    private final int everyArticles;
    private final long everyNanos;
    private long lastLine;
    private int lastDone;

    ProgressLines(PrintWriter err, OptionalInt total, LongSupplier nanoTime, int everyArticles, Duration every) {
        super(err, total, nanoTime);
        if (everyArticles < 1) {
            throw new IllegalArgumentException("everyArticles must be positive: " + everyArticles);
        }
        this.everyArticles = everyArticles;
        this.everyNanos = every.toNanos();
        this.lastLine = now();
    }

    @Override
    public synchronized void update(int done) {
        long now = now();
        boolean due = done / everyArticles > lastDone / everyArticles || now - lastLine >= everyNanos;
        if (due && done > lastDone) {
            lastLine = now;
            lastDone = done;
            err().println("ingest: " + status(done));
            err().flush();
        }
    }

    @Override
    public synchronized void println(String message) {
        err().println(message);
        err().flush();
    }

    @Override
    public void finish(int done) {
        // The summary says it all.
    }
}
