package org.newsgraph.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The peak heap of each executor JVM while it ran tasks: the {@code JVMHeapMemory} peak Spark
 * reports with each finished task (polled every {@link #POLLING} on the executor; heap in use,
 * garbage not yet collected included, so an upper bound of what the executor needs). Thread-safe.
 */
final class ExecutorHeap extends SparkListener {

    /** The executor metrics polling interval a session needs for per-task peaks. */
    static final String POLLING = "500ms";

    private final Map<String, Long> peaks = new ConcurrentHashMap<>();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (taskEnd.taskExecutorMetrics() != null) {
            long heap = taskEnd.taskExecutorMetrics().getMetricValue("JVMHeapMemory");
            peaks.merge(taskEnd.taskInfo().executorId(), heap, Math::max);
        }
    }

    /** The largest peak over the executors, in bytes; 0 before any task ended. */
    long peakBytes() {
        return peaks.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Forgets the peaks seen so far. */
    void reset() {
        peaks.clear();
    }
}
