package org.newsgraph.cli.ingest;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in progress lines: {@code 0.4s}, {@code 42s}, {@code 3m 05s}, {@code 2h 07m}. */
final class Durations {

    private Durations() {
    }

    static String format(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
