package org.newsgraph.pipeline;

import org.jspecify.annotations.Nullable;
import org.newsgraph.pipeline.corenlp.CoreNlpConfig;
import org.newsgraph.pipeline.link.LinkConfig;

/**
 * How {@link Analyzer} analyses articles.
 *
 * @param corenlp  how the CoreNLP base runs
 * @param maxChars longest text accepted; longer texts are rejected with a message rather than
 *                 analysed for many minutes (a news article is rarely over 30,000 characters)
 * @param linkIndex the alias index of the Wikipedia linker, or null to link nothing
 * @param link      how the linker decides
 */
public record AnalyzerConfig(CoreNlpConfig corenlp, int maxChars, java.nio.file.@Nullable Path linkIndex,
        LinkConfig link) {

    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public AnalyzerConfig {
        java.util.Objects.requireNonNull(corenlp, "corenlp");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        java.util.Objects.requireNonNull(link, "link");
    }

    /** No Wikipedia linking. */
    public AnalyzerConfig(CoreNlpConfig corenlp, int maxChars) {
        this(corenlp, maxChars, null, LinkConfig.precise());
    }

    /** Links entities with the index at {@code index} (null: no linking). */
    public AnalyzerConfig withLinking(java.nio.file.@Nullable Path index, LinkConfig newLink) {
        return new AnalyzerConfig(corenlp, maxChars, index, newLink);
    }

    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(CoreNlpConfig.fast(), DEFAULT_MAX_CHARS);
    }

    public AnalyzerConfig withMaxChars(int newMaxChars) {
        return new AnalyzerConfig(corenlp, newMaxChars, linkIndex, link);
    }
}
