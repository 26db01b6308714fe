package org.newsgraph.eval.polnear;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.newsgraph.eval.run.CorpusRun;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;

/**
 * The run of {@code newsgraph eval polnear} and {@code train attribution}: each PolNeAR article
 * (with its publication date) analysed, several at once, and scored by {@link AttributionScorer} or
 * handed on in order. An article the analyser fails on is scored as one in which nothing was found,
 * so its gold attributions still count. Failures ({@code id: why}) and every tenth article done go to
 * the progress writer. Thread-safe if the analysis is; the progress writer is written from the
 * calling thread only.
 */
public final class PolnearRun {

    /**
     * The scores of one run.
     *
     * @param scores    attribution scores over every article
     * @param articles  articles analysed (those that failed not counted)
     * @param gold      gold attributions over every article
     * @param predicted attributions found
     * @param failed    articles the analyser failed on
     */
    public record Scores(AttributionScores scores, int articles, int gold, int predicted, int failed) {
        public Scores {
            Objects.requireNonNull(scores, "scores");
        }
    }

    private final Function<Article, Doc> analysis;
    private final int threads;
    private final PrintWriter progress;

    /**
     * @param analysis the analyser, thread-safe when {@code threads} is above 1
     * @param threads  articles analysed at once, at least 1
     * @param progress where progress and failures are reported
     */
    public PolnearRun(Function<Article, Doc> analysis, int threads, PrintWriter progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.threads = threads;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The article of a PolNeAR document: its text and publication date. */
    public static Article article(PolnearDocument d) {
        return new Article(d.id(), d.text(), null, d.published(), null, null);
    }

    /** Analyses and scores {@code documents}. */
    public Scores score(List<PolnearDocument> documents) {
        AttributionScores[] total = {AttributionScores.ZERO};
        int[] gold = {0};
        int[] predicted = {0};
        int failed = analyse(documents, (d, doc) -> {
            gold[0] += d.attributions().size();
            total[0] = total[0].plus(AttributionScorer.score(doc.orElseGet(() -> Doc.of(article(d))), d.attributions()));
            predicted[0] += doc.map(found -> found.attributions().size()).orElse(0);
        });
        return new Scores(total[0], documents.size() - failed, gold[0], predicted[0], failed);
    }

    /**
     * Analyses {@code documents} and hands each that did not fail to {@code each}, in order.
     *
     * @return the number of articles the analyser failed on
     */
    public int analysed(List<PolnearDocument> documents, BiConsumer<PolnearDocument, Doc> each) {
        Objects.requireNonNull(each, "each");
        return analyse(documents, (d, doc) -> doc.ifPresent(found -> each.accept(d, found)));
    }

    private int analyse(List<PolnearDocument> documents, BiConsumer<PolnearDocument, Optional<Doc>> scorer) {
        return CorpusRun.analysing(PolnearRun::article, analysis, new Progress()).run(documents, threads, scorer);
    }

    /** Each failure, and {@code newsgraph: n/total articles} after every tenth. */
    private final class Progress implements CorpusRun.Listener<PolnearDocument> {
        @Override
        public void failed(PolnearDocument gold, RuntimeException failure) {
            progress.println(gold.id() + ": " + failure.getMessage());
            progress.flush();
        }

        @Override
        public void done(int done, int total) {
            if (done % 10 == 0) {
                progress.printf(Locale.ROOT, "newsgraph: %d/%d articles%n", done, total);
                progress.flush();
            }
        }
    }
}
