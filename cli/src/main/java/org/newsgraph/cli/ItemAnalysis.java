package org.newsgraph.cli;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.pipeline.AnalysisCancelledException;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;

/**
 * Analyses one input item and catches every per-document failure, so that one bad article never
 * stops a batch. A failure to load the models is not per-document: it propagates and ends the run.
 * Thread-safe if the analyzer supplier is.
 */
final class ItemAnalysis implements Function<InputItem, Outcome> {

    private final Supplier<Analyzer> analyzer;
    private final Duration budget;

    /** @param budget how long one article may take */
    ItemAnalysis(Supplier<Analyzer> analyzer, Duration budget) {
        this.analyzer = analyzer;
        this.budget = budget;
    }

    @Override
    public Outcome apply(InputItem item) {
        if (item instanceof InputItem.Failed failed) {
            return new Outcome.Failed(failed.name(), failed.reason(), null);
        }
        InputItem.Loaded loaded = (InputItem.Loaded) item;
        // Outside the try: models that cannot load are an infrastructure failure that ends the run.
        Analyzer loadedAnalyzer = analyzer.get();
        long start = System.nanoTime();
        try {
            var doc = loadedAnalyzer.analyze(loaded.article(), budget);
            return new Outcome.Analysed(loaded.name(), doc, (System.nanoTime() - start) / 1_000_000);
        } catch (RejectedInputException | StageException | AnalysisCancelledException e) {
            return new Outcome.Failed(loaded.name(), String.valueOf(e.getMessage()), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not an input problem: keep going, and keep the trace for --verbose.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome.Failed(loaded.name(), "internal error: " + message, e);
        }
    }
}
