package org.newsgraph.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of {@code newsgraph bench --ingest}: per-article store time at each size of the store,
 * and how much slower each size is than the first. Growth is judged on the median, which one
 * garbage collection or disk flush during a few of the timed articles does not move.
 *
 * @param location where the store was
 * @param probes   new articles timed at each size
 * @param sizes    the measurements, smallest store first
 */
public record IngestReport(String location, int probes, List<Size> sizes) {

    /** How much slower than at the first size the largest size may store an article: 25%. */
    public static final double MAX_GROWTH = 1.25;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The store times of the new articles at one size.
     *
     * @param stored      articles stored before the timed ones
     * @param fillSeconds time to fill the store up to {@code stored} from the previous size
     * @param meanMs      mean milliseconds per new article
     * @param medianMs    median milliseconds per new article
     * @param p90Ms       90th percentile
     * @param cpuMedianMs median CPU milliseconds of the storing thread per new article
     */
    public record Size(int stored, double fillSeconds, double meanMs, double medianMs, double p90Ms,
            double cpuMedianMs) {

        /** The figures of the per-article clock and CPU times {@code millis} and {@code cpuMillis} (not empty). */
        public static Size of(int stored, double fillSeconds, double[] millis, double[] cpuMillis) {
            if (millis.length == 0 || cpuMillis.length == 0) {
                throw new IllegalArgumentException("no article was timed");
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            double p90 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)];
            return new Size(stored, fillSeconds, Arrays.stream(sorted).average().orElse(0), median(sorted), p90,
                    median(cpuMillis));
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
    }

    public IngestReport {
        Objects.requireNonNull(location, "location");
        sizes = List.copyOf(sizes);
    }

    /** The median per-article time at each size over that at the first size. */
    public List<Double> growth() {
        List<Double> growth = new ArrayList<>();
        for (Size size : sizes) {
            growth.add(size.medianMs() / sizes.get(0).medianMs());
        }
        return growth;
    }

    /** Whether the last size stores an article at most {@link #MAX_GROWTH} times as slowly as the first. */
    public boolean withinBound() {
        return sizes.isEmpty() || growth().get(growth().size() - 1) <= MAX_GROWTH;
    }

    /** The report as lines of text. */
    public List<String> textLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "bench --ingest  new articles per size=%d  db=%s", probes, location));
        for (Size size : sizes) {
            lines.add(String.format(Locale.ROOT,
                    "ingest  stored=%,d  per article: median %.2f ms  mean %.2f ms  p90 %.2f ms  cpu median %.2f ms  "
                            + "(filled in %.1f s)",
                    size.stored(), size.medianMs(), size.meanMs(), size.p90Ms(), size.cpuMedianMs(),
                    size.fillSeconds()));
        }
        if (sizes.size() > 1) {
            Size first = sizes.get(0);
            Size last = sizes.get(sizes.size() - 1);
            lines.add(String.format(Locale.ROOT, "ingest  %,d vs %,d stored: median %.2fx  mean %.2fx  cpu median %.2fx  %s",
                    last.stored(), first.stored(), last.medianMs() / first.medianMs(), last.meanMs() / first.meanMs(),
                    last.cpuMedianMs() / first.cpuMedianMs(), withinBound() ? "within 25%" : "NOT within 25%"));
        }
        return lines;
    }

    /** The report as a JSON object (times in milliseconds and seconds). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("location", location);
        root.put("newArticlesPerSize", probes);
        ArrayNode array = root.putArray("sizes");
        List<Double> growth = growth();
        for (int i = 0; i < sizes.size(); i++) {
            Size size = sizes.get(i);
            array.addObject().put("stored", size.stored()).put("fillSeconds", round(size.fillSeconds()))
                    .put("meanMs", round(size.meanMs())).put("medianMs", round(size.medianMs()))
                    .put("p90Ms", round(size.p90Ms())).put("cpuMedianMs", round(size.cpuMedianMs()))
                    .put("medianGrowth", round(growth.get(i)));
        }
        root.put("withinBound", withinBound());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
