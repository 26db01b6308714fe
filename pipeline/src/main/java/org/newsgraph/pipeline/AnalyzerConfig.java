package org.newsgraph.pipeline;

import org.newsgraph.pipeline.corenlp.CoreNlpConfig;

/**
 * How {@link Analyzer} analyses articles.
 *
 * @param corenlp  how the CoreNLP base runs
 * @param maxChars longest text accepted; longer texts are rejected with a message rather than
 *                 analysed for many minutes (a news article is rarely over 30,000 characters)
 */
public record AnalyzerConfig(CoreNlpConfig corenlp, int maxChars) {

    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public AnalyzerConfig {
        java.util.Objects.requireNonNull(corenlp, "corenlp");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(CoreNlpConfig.fast(), DEFAULT_MAX_CHARS);
    }

    public AnalyzerConfig withMaxChars(int newMaxChars) {
        return new AnalyzerConfig(corenlp, newMaxChars);
    }
}
