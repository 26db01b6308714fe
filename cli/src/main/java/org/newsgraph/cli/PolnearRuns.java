package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsgraph.eval.polnear.PolnearDocument;
import org.newsgraph.eval.polnear.PolnearReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;
import org.newsgraph.pipeline.attribution.AttributionExtractor;
import org.newsgraph.pipeline.attribution.AttributionModel;

/**
 * What {@code eval polnear} and {@code train attribution} share: reading a PolNeAR split, analysing its
 * articles (through a {@link ParsedDocCache} when given one) with progress on stderr, and reading a
 * model file. Stateless.
 */
final class PolnearRuns {

    /** A document with its attributions, or why it failed. */
    record Result(@Nullable Doc doc, @Nullable String error) {
    }

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

    static Article article(PolnearDocument d) {
        return new Article(d.id(), d.text(), null, d.published(), null, null);
    }

    /** Each document analysed, its attributions by {@code attribution}, in the documents' order. */
    static List<Result> analyse(List<PolnearDocument> documents, @Nullable Path cache, int threads,
            AttributionExtractor attribution, PrintWriter err) {
        err.println("newsgraph: loading models...");
        err.flush();
        Supplier<Analyzer> analyzer = memo(() -> Analyzers.get(AnalyzerConfig.defaults()));
        ParsedDocCache docs = cache == null ? null : new ParsedDocCache(cache);
        Supplier<Pipeline> before = memo(() -> ParsedDocCache.beforeAttribution(analyzer.get()));
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (PolnearDocument d : documents) {
                futures.add(pool.submit(() -> {
                    Result o;
                    try {
                        Doc doc = attribution.apply(docs == null ? analyzer.get().analyze(article(d))
                                : docs.get(article(d), before));
                        o = new Result(doc, null);
                    } catch (RejectedInputException | StageException e) {
                        o = new Result(null, e.getMessage());
                    }
                    int n = done.incrementAndGet();
                    if (n % 10 == 0) {
                        synchronized (err) {
                            err.printf(Locale.ROOT, "newsgraph: %d/%d articles%n", n, documents.size());
                            err.flush();
                        }
                    }
                    return o;
                }));
            }
            List<Result> result = new ArrayList<>();
            for (Future<Result> f : futures) {
                result.add(f.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
