package org.newsgraph.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;

/**
 * One {@link Analyzer} per configuration per JVM, created on first use: loading the models takes
 * seconds and gigabytes, so commands (and tests) share them. Thread-safe.
 */
final class Analyzers {

    private static final Map<AnalyzerConfig, Analyzer> LOADED = new HashMap<>();

    private Analyzers() {
    }

    static synchronized boolean isLoaded(AnalyzerConfig config) {
        return LOADED.containsKey(config);
    }

    /** The shared analyzer for {@code config}, loading it if needed (the caller waits). */
    static synchronized Analyzer get(AnalyzerConfig config) {
        return LOADED.computeIfAbsent(config, Analyzer::create);
    }

    /**
     * The analyser for {@code config}, loaded when the supplier is first called (not at all if no
     * article needs it), without a time budget (it still stops when its thread is interrupted);
     * {@code say} hears "Loading models…" when that call must load them.
     */
    static Supplier<Function<Article, Doc>> lazy(AnalyzerConfig config, Consumer<String> say) {
        return loading(config, say, analyzer -> analyzer::analyze);
    }

    /**
     * The analyser for {@code config}, loaded when the supplier is first called (not at all if no
     * article needs it), giving each article {@code budget}; {@code say} hears "Loading models…"
     * when that call must load them.
     */
    static Supplier<Function<Article, Doc>> lazy(AnalyzerConfig config, Duration budget, Consumer<String> say) {
        return loading(config, say, analyzer -> article -> analyzer.analyze(article, budget));
    }

    private static Supplier<Function<Article, Doc>> loading(AnalyzerConfig config, Consumer<String> say,
            Function<Analyzer, Function<Article, Doc>> use) {
        AtomicBoolean first = new AtomicBoolean(true);
        return () -> {
            if (first.getAndSet(false) && !isLoaded(config)) {
                say.accept("Loading models…");
            }
            return use.apply(get(config));
        };
    }
}
