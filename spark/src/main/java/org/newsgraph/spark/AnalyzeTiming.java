package org.newsgraph.spark;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.io.input.InputReader;
import org.newsgraph.io.input.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.SharedAnalyzers;

/**
 * What {@code analyze --threads N} does with the same articles, without Spark, for {@code spark
 * bench} to compare against: the articles of local inputs, read by {@code analyze}'s reader, each
 * analysed by the JVM's shared analyser on a pool of {@code N} threads (one analyser, as {@code
 * analyze} has). An article that fails counts as done, as an {@code errors} row of the job does,
 * and is counted ({@link #failed()}) so that a pass of failures is not taken for a fast one.
 * Not thread-safe.
 */
final class AnalyzeTiming {

    private final List<Article> articles;
    private final Analyzer analyzer;
    private final AtomicInteger failed = new AtomicInteger();

    private AnalyzeTiming(List<Article> articles, Analyzer analyzer) {
        this.articles = articles;
        this.analyzer = analyzer;
    }

    /** The articles of {@code inputs} (local files or directories) and the analyser of {@code config}. */
    static AnalyzeTiming of(List<String> inputs, AnalyzerConfig config) {
        InputReader reader = new InputReader(ReadOptions.defaults(), InputStream::nullInputStream);
        List<Article> articles;
        try (Stream<InputItem> items = reader.read(inputs)) {
            articles = items.filter(InputItem.Loaded.class::isInstance).map(i -> ((InputItem.Loaded) i).article())
                    .toList();
        }
        return new AnalyzeTiming(articles, SharedAnalyzers.get(config));
    }

    /** How many articles a pass analyses. */
    int size() {
        return articles.size();
    }

    /** How many articles the last pass could not analyse. */
    int failed() {
        return failed.get();
    }

    /** Analyses every article once on {@code threads} threads; the wall time in seconds. */
    double pass(int threads) {
        failed.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = articles.stream().<Future<?>>map(a -> pool.submit(() -> analyse(a))).toList();
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void analyse(Article article) {
        try {
            analyzer.analyze(article);
        } catch (RuntimeException e) {
            // The job makes such an article an errors row; here it is counted, not timed apart.
            failed.incrementAndGet();
        }
    }
}
