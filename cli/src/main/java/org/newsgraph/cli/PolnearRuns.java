package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsgraph.eval.polnear.PolnearDocument;
import org.newsgraph.eval.polnear.PolnearReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.attribution.AttributionExtractor;
import org.newsgraph.pipeline.attribution.AttributionModel;

/**
 * What {@code eval polnear} and {@code train attribution} share on the command line: reading a PolNeAR
 * split and a model file (a {@link UsageException} when they cannot be read), and the analysis their
 * {@link org.newsgraph.eval.polnear.PolnearRun} runs (through a {@link ParsedDocCache} when given one).
 * Stateless.
 */
final class PolnearRuns {

    private PolnearRuns() {
    }

    /** The annotated articles of a split; a {@link UsageException} if there are none. */
    static List<PolnearDocument> read(Path directory, int limit) {
        if (!Files.isDirectory(directory)) {
            throw new UsageException("no such directory: " + directory);
        }
        List<PolnearDocument> documents;
        try {
            documents = PolnearReader.read(directory, limit);
        } catch (org.newsgraph.eval.CorpusFormatException e) {
            throw new UsageException(e.getMessage());
        }
        if (documents.isEmpty()) {
            throw new UsageException("no annotated articles in " + directory);
        }
        return documents;
    }

    /** A model file written by {@code train attribution}; a {@link UsageException} if it cannot be read. */
    static AttributionModel model(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return AttributionModel.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("cannot read the attribution model " + file + ": " + e.getMessage());
        }
    }

    /**
     * The analysis of a PolNeAR article, attributions by {@code attribution}: the standard analyser, or
     * through a {@link ParsedDocCache} in {@code cache} when given one. The models load on first use
     * ("loading models" on {@code err} now). Thread-safe.
     */
    static Function<Article, Doc> analysis(@Nullable Path cache, AttributionExtractor attribution, PrintWriter err) {
        err.println("newsgraph: loading models...");
        err.flush();
        Supplier<Analyzer> analyzer = memo(() -> Analyzers.get(AnalyzerConfig.defaults()));
        ParsedDocCache docs = cache == null ? null : new ParsedDocCache(cache);
        Supplier<Pipeline> before = memo(() -> ParsedDocCache.beforeAttribution(analyzer.get()));
        return article -> attribution.apply(docs == null ? analyzer.get().analyze(article) : docs.get(article, before));
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
