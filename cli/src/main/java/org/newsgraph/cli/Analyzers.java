package org.newsgraph.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.SharedAnalyzers;

/**
 * The commands' analysers: the JVM's {@link SharedAnalyzers}, loaded now or when the first article
 * needs one, with "Loading models…" said when that must load them. Thread-safe.
 */
final class Analyzers {

    private Analyzers() {
    }

    /** The shared analyzer for {@code config}, loading it if needed (the caller waits). */
    static Analyzer get(AnalyzerConfig config) {
        return SharedAnalyzers.get(config);
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
            if (first.getAndSet(false) && !SharedAnalyzers.isLoaded(config)) {
                say.accept("Loading models…");
            }
            return use.apply(get(config));
        };
    }
}
