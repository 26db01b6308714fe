package org.newsgraph.cli.bench;

/**
 * One timed pass of an analyser over a corpus.
 *
 * @param threads       size of the thread pool
 * @param documents     documents attempted, failures included
 * @param failures      documents the analyser failed on or rejected
 * @param tokens        tokens in the documents analysed successfully
 * @param seconds       wall-clock time from the first submission to the last completion
 * @param cpuSeconds    CPU time the whole JVM used meanwhile (see {@link CpuClock}); -1 if unknown
 * @param peakHeapBytes summed peak heap use during the pass (see {@link HeapMeter})
 */
public record Run(int threads, int documents, int failures, long tokens, double seconds, double cpuSeconds,
        long peakHeapBytes) {

    public Run {
        if (threads < 1 || documents < 0 || failures < 0 || failures > documents || tokens < 0 || seconds < 0) {
            throw new IllegalArgumentException("inconsistent run: threads=" + threads + " documents=" + documents
                    + " failures=" + failures + " tokens=" + tokens + " seconds=" + seconds);
        }
    }

    /** Documents attempted per second (a failed document costs time too). */
    public double docsPerSecond() {
        return seconds == 0 ? 0 : documents / seconds;
    }

    /** Documents attempted per CPU second, or -1 if the CPU time is unknown. */
    public double docsPerCpuSecond() {
        return cpuSeconds <= 0 ? -1 : documents / cpuSeconds;
    }

    /** Tokens of the successful documents per second. */
    public double tokensPerSecond() {
        return seconds == 0 ? 0 : tokens / seconds;
    }
}
