package org.newsgraph.server.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How fast one route answered.
 *
 * @param route    the route, e.g. {@code /articles/{id}}
 * @param requests how many requests were timed
 * @param medianMs median answer time, milliseconds
 * @param p95Ms    95th percentile (nearest rank), milliseconds
 * @param p99Ms    99th percentile (nearest rank), milliseconds
 * @param maxMs    slowest, milliseconds
 * @param perSecond answers per second over the route's timed requests (all clients together)
 */
public record RouteTiming(String route, int requests, double medianMs, double p95Ms, double p99Ms, double maxMs,
        double perSecond) {

    public RouteTiming {
        Objects.requireNonNull(route, "route");
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be positive: " + requests);
        }
    }

    /**
     * The timing of {@code route} from its answer times in nanoseconds (at least one), the requests
     * having taken {@code wallNanos} from the first's start to the last's end.
     */
    public static RouteTiming of(String route, List<Long> nanos, long wallNanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no timings for " + route);
        }
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        double perSecond = wallNanos > 0 ? sorted.length / (wallNanos / 1e9) : 0;
        return new RouteTiming(route, sorted.length, median / 1e6, rank(sorted, 0.95) / 1e6, rank(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6, perSecond);
    }

    private static long rank(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1];
    }

    /** One line of the benchmark's table. */
    public String line() {
        return String.format(Locale.ROOT, "%-28s %5d %10.1f %10.1f %10.1f %10.1f %8.0f", route, requests, medianMs,
                p95Ms, p99Ms, maxMs, perSecond);
    }

    /** The table's header line. */
    public static String header() {
        return String.format(Locale.ROOT, "%-28s %5s %10s %10s %10s %10s %8s", "ROUTE", "N", "MEDIAN ms", "P95 ms",
                "P99 ms", "MAX ms", "PER s");
    }
}
