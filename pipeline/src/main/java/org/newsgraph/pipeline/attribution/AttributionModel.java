package org.newsgraph.pipeline.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A logistic regression over {@link CandidateFeatures} that decides which candidates the rules propose
 * are attributions: a candidate is kept when its probability reaches the threshold. Stored as text,
 * one {@code feature<TAB>weight} a line after the {@code #bias} and {@code #threshold} lines; a feature
 * the model has not seen weighs nothing. Immutable and thread-safe.
 *
 * @see <a href="../../../../../../../../README.md">README, "Attribution model"</a>
 */
public final class AttributionModel {

    /** The resource of the shipped model (trained on PolNeAR train). */
    static final String RESOURCE = "org/newsgraph/pipeline/attribution/attribution-model.tsv";

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;

    public AttributionModel(Map<String, Double> weights, double bias, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the threshold must lie between 0 and 1: " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The model shipped with newsgraph, if the resource is there. */
    public static Optional<AttributionModel> shipped() {
        return shipped(RESOURCE);
    }

    /** The model in a class-path resource, if it is there. */
    static Optional<AttributionModel> shipped(String resource) {
        InputStream in = AttributionModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IllegalArgumentException on a malformed line
     */
    public static AttributionModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> weights = new HashMap<>();
        double bias = 0;
        double threshold = 0.5;
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("attribution model line " + n + ": expected feature<TAB>weight");
            }
            String name = line.substring(0, tab);
            double value;
            try {
                value = Double.parseDouble(line.substring(tab + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("attribution model line " + n + ": not a number", e);
            }
            switch (name) {
                case "#bias" -> bias = value;
                case "#threshold" -> threshold = value;
                default -> weights.put(name, value);
            }
        }
        return new AttributionModel(weights, bias, threshold);
    }

    /** Writes the model as text, features in name order (so that retraining gives the same file). */
    public void write(PrintWriter out) {
        out.printf(Locale.ROOT, "#bias\t%.6f%n", bias);
        out.printf(Locale.ROOT, "#threshold\t%.4f%n", threshold);
        new TreeMap<>(weights).forEach((k, v) -> out.printf(Locale.ROOT, "%s\t%.6f%n", k, v));
        out.flush();
    }

    /** The probability that a candidate with these features is an attribution. */
    public double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean accepts(List<String> features) {
        return probability(features) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The same weights with another threshold. */
    public AttributionModel withThreshold(double newThreshold) {
        return new AttributionModel(weights, bias, newThreshold);
    }

    public int size() {
        return weights.size();
    }
}
