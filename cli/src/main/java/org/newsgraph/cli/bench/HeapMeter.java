package org.newsgraph.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap use of the JVM: the sum of the peak usage of every heap memory pool since the last
 * {@link #resetPeaks}. Pools peak at different moments, so the sum is an upper bound; it also
 * counts garbage not yet collected, so it grows with the heap the JVM is allowed.
 */
public final class HeapMeter {

    private final List<MemoryPoolMXBean> heapPools;

    public HeapMeter() {
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    /** Collects garbage, then starts a new measurement from the current use. */
    public void resetPeaks() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The summed peak usage in bytes since the last reset. */
    public long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** The JVM's maximum heap ({@code -Xmx}) in bytes. */
    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
