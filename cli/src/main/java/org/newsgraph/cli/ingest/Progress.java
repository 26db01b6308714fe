package org.newsgraph.cli.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * Shows how far an ingest has got, on the error stream: a bar redrawn in place on a terminal
 * ({@link #bar}), or a plain line now and then otherwise ({@link #lines}), both with the rate and,
 * when the number of inputs is known, the time left. Messages printed through {@link #println} do
 * not garble the bar. Thread-safe.
 */
public abstract class Progress {

    private final PrintWriter err;
    private final OptionalInt total;
    private final LongSupplier nanoTime;
    private final long start;

    Progress(PrintWriter err, OptionalInt total, LongSupplier nanoTime) {
        this.err = err;
        this.total = total;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** A bar redrawn in place at most ten times a second, for a terminal. */
    public static Progress bar(PrintWriter err, OptionalInt total, LongSupplier nanoTime) {
        return new ProgressBar(err, total, nanoTime);
    }

    /** A line after every {@code everyArticles} inputs, or when {@code every} has passed since the last. */
    public static Progress lines(PrintWriter err, OptionalInt total, LongSupplier nanoTime, int everyArticles,
            Duration every) {
        return new ProgressLines(err, total, nanoTime, everyArticles, every);
    }

    /** Reports that {@code done} inputs have been handled. */
    public abstract void update(int done);

    /** Prints a message on its own line. */
    public abstract void println(String message);

    /** Ends the display (the bar's line) once all inputs are handled. */
    public abstract void finish(int done);

    /** Time since the start. */
    public Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - start);
    }

    PrintWriter err() {
        return err;
    }

    long now() {
        return nanoTime.getAsLong();
    }

    OptionalInt total() {
        return total;
    }

    /**
     * {@code 42 of 84 (50%), 1.3 articles/s, 32s left} (or {@code 2.5s per article} when slower), or
     * without the total and the time left when the total is unknown.
     */
    String status(int done) {
        double seconds = elapsed().toNanos() / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder text = new StringBuilder();
        if (total.isPresent() && total.getAsInt() > 0) {
            int all = total.getAsInt();
            text.append(String.format(Locale.ROOT, "%d of %d (%d%%)", done, all, 100L * done / all));
        } else {
            text.append(done).append(done == 1 ? " article" : " articles");
        }
        // Below one article a second (the real analyser on one thread), seconds per article read better.
        text.append(rate > 0 && rate < 1 ? String.format(Locale.ROOT, ", %.1fs per article", 1 / rate)
                : String.format(Locale.ROOT, ", %.1f articles/s", rate));
        if (total.isPresent() && rate > 0 && done < total.getAsInt()) {
            Duration left = Duration.ofMillis(Math.round((total.getAsInt() - done) / rate * 1000));
            text.append(", ").append(Durations.format(left)).append(" left");
        }
        return text.toString();
    }
}
