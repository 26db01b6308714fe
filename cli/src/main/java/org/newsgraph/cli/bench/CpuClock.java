package org.newsgraph.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time used by this JVM process, all threads (GC and JIT included). Unlike wall-clock time it
 * hardly changes when other processes load the machine, so it makes figures from a shared machine
 * comparable. Needs the {@code com.sun.management} extension that HotSpot JVMs have.
 */
public final class CpuClock {

    private CpuClock() {
    }

    /** Process CPU time in nanoseconds, or -1 when the JVM cannot tell. */
    public static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getProcessCpuTime();
        }
        return -1;
    }
}
