package org.newsgraph.cli.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.AnalysisCancelledException;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;

/**
 * Times the analyser on every {@link HostileInputs hostile input}, one after another under a time
 * budget, and prints one line per input: its size, what became of it (analysed with so many tokens
 * and sentences, refused, stopped at the budget, failed), the wall time and the peak heap (summed
 * pool peaks since a collection just before; see {@link HeapMeter}). HTML inputs go through the page
 * extractor first, as a crawled page does. Not thread-safe.
 */
public final class HostileBench {

    private final Analyzer analyzer;
    private final Duration budget;
    private final HeapMeter heap = new HeapMeter();

    public HostileBench(Analyzer analyzer, Duration budget) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * Runs every input and prints its line to {@code out}.
     *
     * @return how many inputs failed for a reason other than a refusal (a stage failure or the budget)
     */
    public int run(PrintWriter out) {
        out.printf(Locale.ROOT, "hostile inputs, budget %d s per input, -Xmx %.1f GB%n", budget.toSeconds(),
                HeapMeter.maxHeapBytes() / (1024.0 * 1024 * 1024));
        out.printf(Locale.ROOT, "%-22s %10s  %-44s %8s %10s%n", "input", "chars", "outcome", "seconds", "peak heap");
        out.flush();
        int failures = 0;
        for (HostileInputs.Input input : HostileInputs.all()) {
            heap.resetPeaks();
            long start = System.nanoTime();
            String outcome;
            try {
                Doc doc = analyzer.analyze(article(input), budget);
                outcome = String.format(Locale.ROOT, "analysed: %,d tokens, %,d sentences", doc.tokens().size(),
                        doc.sentences().size());
            } catch (RejectedInputException e) {
                outcome = "refused: " + e.getMessage();
            } catch (AnalysisCancelledException | StageException e) {
                failures++;
                outcome = "FAILED: " + e.getMessage();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%-22s %,10d  %-44s %8.1f %7.0f MB%n", input.name(), input.text().length(),
                    shorten(outcome), seconds, heap.peakBytes() / (1024.0 * 1024));
            out.flush();
        }
        return failures;
    }

    private static Article article(HostileInputs.Input input) {
        if (!input.html()) {
            return Article.of(input.name(), input.text());
        }
        HtmlArticle page = new HtmlArticleExtractor().extract(input.text(), null, input.name());
        if (page.isEmpty()) {
            throw new RejectedInputException(HtmlArticle.NO_TEXT);
        }
        return page.article();
    }

    private static String shorten(String outcome) {
        return outcome.length() <= 44 ? outcome : outcome.substring(0, 43) + "…";
    }
}
