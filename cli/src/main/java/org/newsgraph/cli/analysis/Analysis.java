package org.newsgraph.cli.analysis;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.AnalysisCancelledException;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;

/**
 * The analysis step of {@code analyze}, {@code ingest} and {@code watch}, with their failure policy:
 * analyses each article that needs it and turns every per-article failure into an
 * {@link Analysed.Failed} (the analyser's refusal, a stage failure or a cancelled analysis with its
 * message; anything else as an "internal error" with its trace kept for {@code --verbose}), so that
 * one bad article never stops a batch. The analyser is fetched only for the first article that needs
 * one; if it cannot be loaded the exception ends the run. Thread-safe if the supplier and the
 * analyser are.
 */
public final class Analysis implements Function<Pending, Analysed> {

    private final Supplier<? extends Function<Article, Doc>> analyzer;

    /** @param analyzer supplies the (shared, thread-safe) analyser, loading it when first asked */
    public Analysis(Supplier<? extends Function<Article, Doc>> analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    @Override
    public Analysed apply(Pending pending) {
        if (pending instanceof Pending.Unreadable unreadable) {
            return new Analysed.Failed(unreadable.name(), unreadable.reason(), null);
        }
        if (pending instanceof Pending.Known known) {
            return new Analysed.Skipped(known.name());
        }
        Pending.ToAnalyse article = (Pending.ToAnalyse) pending;
        // Outside the try: models that cannot load are an infrastructure failure that ends the run.
        Function<Article, Doc> loaded = analyzer.get();
        long start = System.nanoTime();
        try {
            Doc doc = loaded.apply(article.article());
            return new Analysed.Document(article.name(), doc, (System.nanoTime() - start) / 1_000_000);
        } catch (RejectedInputException | StageException | AnalysisCancelledException e) {
            return new Analysed.Failed(article.name(), String.valueOf(e.getMessage()), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not an input problem: keep going, and keep the trace for --verbose.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Analysed.Failed(article.name(), "internal error: " + message, e);
        }
    }
}
