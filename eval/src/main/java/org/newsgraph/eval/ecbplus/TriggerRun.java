package org.newsgraph.eval.ecbplus;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.newsgraph.eval.run.CorpusRun;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.event.Trigger;
import org.newsgraph.pipeline.event.TriggerFinder;

/**
 * The run of {@code newsgraph eval ecbplus} without {@code --cross-doc}: each document's rebuilt text is
 * analysed whole (no publication date) and every trigger of {@link TriggerFinder} is scored by
 * {@link TriggerScorer} against the gold action mentions of the listed sentences, summed by topic. A
 * document the analyser fails on is scored as one with no trigger (its gold mentions missed). Progress
 * (every {@value #PROGRESS_EVERY} documents) and failures go to the progress writer. Not thread-safe.
 */
public final class TriggerRun {

    private static final int PROGRESS_EVERY = 25;

    /**
     * The scores of one run.
     *
     * @param scores    trigger detection by topic
     * @param documents documents analysed
     * @param failed    documents the analyser failed on
     */
    public record Scores(TopicScores scores, int documents, int failed) {
        public Scores {
            Objects.requireNonNull(scores, "scores");
        }
    }

    private final Function<Article, Doc> analyzer;
    private final PrintWriter progress;
    private final TriggerFinder finder = new TriggerFinder();

    public TriggerRun(Function<Article, Doc> analyzer, PrintWriter progress) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Analyses and scores {@code documents}, in order, on the sentences of {@code selection}. */
    public Scores run(List<EcbDocument> documents, SentenceSelection selection) {
        TopicScores[] scores = {TopicScores.EMPTY};
        int failed = CorpusRun.analysing((EcbDocument gold) -> Article.of(gold.name(), gold.text()), analyzer,
                new Progress()).run(documents, (gold, doc) -> {
                    List<Span> predicted = doc.map(d -> finder.find(d).stream().map(Trigger::span).toList())
                            .orElse(List.of());
                    scores[0] = scores[0].plus(gold.topic(), TriggerScorer.score(gold, predicted, selection));
                });
        return new Scores(scores[0], documents.size() - failed, failed);
    }

    /** Each failure, and a line every {@value #PROGRESS_EVERY} documents. */
    private final class Progress implements CorpusRun.Listener<EcbDocument> {
        @Override
        public void failed(EcbDocument gold, RuntimeException failure) {
            progress.println("newsgraph: " + gold.name() + ": " + failure.getMessage());
        }

        @Override
        public void done(int done, int total) {
            if (done % PROGRESS_EVERY == 0) {
                progress.printf(Locale.ROOT, "newsgraph: %d/%d documents%n", done, total);
                progress.flush();
            }
        }
    }
}
