package org.newsgraph.cli.bench;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything measured for one analyser.
 *
 * @param system            the analyser's name, e.g. {@code newsgraph}
 * @param loadSeconds       time to load its models
 * @param loadPeakHeapBytes summed peak heap use while loading
 * @param runs              one timed pass per thread count, in the order run
 */
public record Measurement(String system, double loadSeconds, long loadPeakHeapBytes, List<Run> runs) {

    public Measurement {
        Objects.requireNonNull(system, "system");
        runs = List.copyOf(runs);
    }

    /** The pass with this many threads, if one was run. */
    public Optional<Run> findRun(int threads) {
        return runs.stream().filter(run -> run.threads() == threads).findFirst();
    }
}
