package org.newsgraph.eval.gum;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.eval.run.CorpusRun;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;

/**
 * The run of {@code newsgraph eval gum}: each GUM document's text is analysed (no publication date) and
 * scored by {@link GumEvaluation} and {@link LinkScores}. A document the analyser fails on is scored as
 * a document in which nothing was found, so that its gold mentions and chains still count. Progress
 * ({@code [i/n] id}) and failures go to the progress writer. Not thread-safe; one per run.
 */
public final class GumRun {

    /**
     * The scores of one run.
     *
     * @param scores mentions and coreference over every document
     * @param links  entity links over every document
     * @param failed documents the analyser failed on
     */
    public record Scores(GumScores scores, LinkScores links, int failed) {
        public Scores {
            Objects.requireNonNull(scores, "scores");
            Objects.requireNonNull(links, "links");
        }
    }

    private final Function<Article, Doc> analyzer;
    private final Consumer<String> linkMistakes;
    private final PrintWriter progress;

    /**
     * @param analyzer     the analyser
     * @param linkMistakes takes each wrong, missed or spurious link (see {@link LinkScores#evaluate})
     * @param progress     where progress and failures are reported
     */
    public GumRun(Function<Article, Doc> analyzer, Consumer<String> linkMistakes, PrintWriter progress) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.linkMistakes = Objects.requireNonNull(linkMistakes, "linkMistakes");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Analyses and scores {@code documents}, in order. */
    public Scores run(List<GumDocument> documents) {
        GumScores[] total = {GumScores.EMPTY};
        LinkScores[] links = {LinkScores.EMPTY};
        int failed = CorpusRun.analysing(GumRun::article, analyzer, new Progress()).run(documents, (gold, doc) -> {
            Doc analysed = doc.orElseGet(() -> nothingFound(gold));
            total[0] = total[0].plus(GumEvaluation.evaluate(gold, analysed));
            links[0] = links[0].plus(LinkScores.evaluate(gold, analysed, linkMistakes));
        });
        return new Scores(total[0], links[0], failed);
    }

    private static Article article(GumDocument gold) {
        return Article.of(gold.id(), gold.text());
    }

    /** A document of the gold text in which the analyser found no mention and no entity. */
    static Doc nothingFound(GumDocument gold) {
        return Doc.of(article(gold)).withMentions(List.of()).withEntities(List.of());
    }

    /** {@code [i/n] id} before each document, and each failure. */
    private final class Progress implements CorpusRun.Listener<GumDocument> {
        @Override
        public void starting(int index, int total, GumDocument gold) {
            progress.printf(Locale.ROOT, "[%d/%d] %s%n", index + 1, total, gold.id());
            progress.flush();
        }

        @Override
        public void failed(GumDocument gold, RuntimeException failure) {
            progress.println("newsgraph: " + gold.id() + ": " + failure.getMessage());
        }
    }
}
