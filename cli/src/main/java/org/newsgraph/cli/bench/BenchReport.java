package org.newsgraph.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of one {@code newsgraph bench} invocation, and their text and JSON forms. The text
 * form is built line by line ({@link #headerLine}, {@link #loadLine}, {@link #runLine},
 * {@link #ratioLines}) so that the command can print each figure as soon as it is measured.
 *
 * @param directory    where the documents were read from
 * @param documents    how many documents each pass analyses
 * @param warmup       untimed documents analysed before the first pass of each analyser
 * @param maxHeapBytes the JVM's {@code -Xmx}
 * @param processors   available processors
 * @param measurements one per analyser, newsgraph first
 */
public record BenchReport(String directory, int documents, int warmup, long maxHeapBytes, int processors,
        List<Measurement> measurements) {

    private static final double GB = 1024.0 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The speed of the first analyser relative to the second on one thread count.
     *
     * @param threads  the thread count
     * @param ratio    first analyser's documents per second divided by the second's
     * @param cpuRatio the same per CPU second, less sensitive to other load on the machine; -1 if unknown
     */
    public record Ratio(int threads, double ratio, double cpuRatio) {
    }

    public BenchReport {
        Objects.requireNonNull(directory, "directory");
        measurements = List.copyOf(measurements);
    }

    /** First analyser's speed over the second's, for each thread count both ran; empty with one analyser. */
    public List<Ratio> ratios() {
        List<Ratio> ratios = new ArrayList<>();
        if (measurements.size() < 2) {
            return ratios;
        }
        Measurement first = measurements.get(0);
        Measurement second = measurements.get(1);
        for (Run run : first.runs()) {
            second.findRun(run.threads())
                    .filter(other -> other.docsPerSecond() > 0)
                    .ifPresent(other -> ratios.add(new Ratio(run.threads(), run.docsPerSecond() / other.docsPerSecond(),
                            run.docsPerCpuSecond() > 0 && other.docsPerCpuSecond() > 0
                                    ? run.docsPerCpuSecond() / other.docsPerCpuSecond() : -1)));
        }
        return ratios;
    }

    /** {@code bench  docs=40  warm-up=3  -Xmx 8.0 GB  processors=2  dir=...}. */
    public static String headerLine(String directory, int documents, int warmup, long maxHeapBytes, int processors) {
        return String.format(Locale.ROOT, "bench  docs=%d  warm-up=%d  -Xmx %s  processors=%d  dir=%s",
                documents, warmup, gigabytes(maxHeapBytes), processors, directory);
    }

    /** {@code newsgraph  model load 9.8 s  peak heap 1.2 GB}. */
    public static String loadLine(Measurement measurement) {
        return String.format(Locale.ROOT, "%-10s model load %.1f s  peak heap %s", measurement.system(),
                measurement.loadSeconds(), gigabytes(measurement.loadPeakHeapBytes()));
    }

    /**
     * {@code newsgraph  threads=1  docs=50  failures=0  tokens=45,123  4.1 s  12.2 docs/s  10,940 tokens/s
     * peak heap 1.9 GB  cpu 4.3 s}.
     */
    public static String runLine(String system, Run run) {
        return String.format(Locale.ROOT,
                "%-10s threads=%d  docs=%d  failures=%d  tokens=%,d  %.1f s  %.1f docs/s  %,.0f tokens/s  peak heap %s  cpu %s",
                system, run.threads(), run.documents(), run.failures(), run.tokens(), run.seconds(),
                run.docsPerSecond(), run.tokensPerSecond(), gigabytes(run.peakHeapBytes()),
                run.cpuSeconds() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f s", run.cpuSeconds()));
    }

    /** {@code speed newsgraph/corenlp  threads=1  5.32x  per cpu second 5.10x}, one line per thread count both ran. */
    public List<String> ratioLines() {
        if (measurements.size() < 2) {
            return List.of();
        }
        String names = measurements.get(0).system() + "/" + measurements.get(1).system();
        return ratios().stream()
                .map(r -> String.format(Locale.ROOT, "speed %s  threads=%d  %.2fx  per cpu second %s", names,
                        r.threads(), r.ratio(),
                        r.cpuRatio() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", r.cpuRatio())))
                .toList();
    }

    /** The whole report as lines of text. */
    public List<String> textLines() {
        List<String> lines = new ArrayList<>();
        lines.add(headerLine(directory, documents, warmup, maxHeapBytes, processors));
        for (Measurement m : measurements) {
            lines.add(loadLine(m));
            m.runs().forEach(run -> lines.add(runLine(m.system(), run)));
        }
        lines.addAll(ratioLines());
        return lines;
    }

    /** The whole report as a JSON object (sizes in bytes, times in seconds). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("directory", directory);
        root.put("documents", documents);
        root.put("warmup", warmup);
        root.put("maxHeapBytes", maxHeapBytes);
        root.put("processors", processors);
        ArrayNode systems = root.putArray("systems");
        for (Measurement m : measurements) {
            ObjectNode system = systems.addObject();
            system.put("name", m.system());
            system.put("loadSeconds", round(m.loadSeconds()));
            system.put("loadPeakHeapBytes", m.loadPeakHeapBytes());
            ArrayNode runs = system.putArray("runs");
            for (Run run : m.runs()) {
                ObjectNode node = runs.addObject();
                node.put("threads", run.threads());
                node.put("documents", run.documents());
                node.put("failures", run.failures());
                node.put("tokens", run.tokens());
                node.put("seconds", round(run.seconds()));
                node.put("cpuSeconds", round(run.cpuSeconds()));
                node.put("docsPerSecond", round(run.docsPerSecond()));
                node.put("tokensPerSecond", round(run.tokensPerSecond()));
                node.put("docsPerCpuSecond", round(run.docsPerCpuSecond()));
                node.put("peakHeapBytes", run.peakHeapBytes());
            }
        }
        ArrayNode ratios = root.putArray("speedRatios");
        for (Ratio r : ratios()) {
            ObjectNode node = ratios.addObject();
            node.put("threads", r.threads());
            node.put("ratio", round(r.ratio()));
            node.put("cpuRatio", round(r.cpuRatio()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / GB);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
