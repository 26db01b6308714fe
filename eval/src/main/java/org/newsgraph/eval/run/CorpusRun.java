package org.newsgraph.eval.run;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.InOrderExecutor;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;

/**
 * One pass over the gold documents of a corpus: read → analyse → score, in list order. A document
 * whose input cannot be read ({@link UncheckedIOException}) or that the analyser refuses or fails on
 * ({@link RejectedInputException}, {@link StageException}) is counted, reported to the {@link Listener}
 * and handed to the scorer with no analysis: the scorer scores its gold against nothing, so that it
 * stays in the recall denominators. Any other exception is a bug and ends the run.
 *
 * <p>Most runs analyse text with a {@code Function<Article, Doc>} ({@link #analysing}); the HTML run's
 * analysis is main-text extraction from a saved page ({@link #of}). Thread-safe if the analysis and the
 * listener are. A run is sequential, or analyses several documents at once and still scores them in
 * order ({@link #run(List, int, BiConsumer)}).
 *
 * @param <G> a gold document
 * @param <A> what the analysis of one makes
 */
public final class CorpusRun<G, A> {

    /** What a run reports as it goes (progress lines, failures). Every method does nothing by default. */
    public interface Listener<G> {

        /** Reports nothing. */
        Listener<Object> SILENT = new Listener<>() {
        };

        /** Document {@code index} (from 0) of {@code total} is about to be analysed. */
        default void starting(int index, int total, G gold) {
        }

        /** The analysis of {@code gold} failed; the run goes on. */
        default void failed(G gold, RuntimeException failure) {
        }

        /** {@code done} of {@code total} documents are analysed (or failed) and scored. */
        default void done(int done, int total) {
        }
    }

    private final Function<? super G, ? extends A> analysis;
    private final Listener<? super G> listener;

    private CorpusRun(Function<? super G, ? extends A> analysis, Listener<? super G> listener) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A run that analyses each gold document's {@code article} with {@code analyzer}. */
    public static <G> CorpusRun<G, Doc> analysing(Function<? super G, Article> article,
            Function<Article, Doc> analyzer, Listener<? super G> listener) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analyzer, "analyzer");
        return new CorpusRun<G, Doc>(gold -> analyzer.apply(article.apply(gold)), listener);
    }

    /** A run whose analysis of a gold document is {@code analysis} (which reads its input itself). */
    public static <G, A> CorpusRun<G, A> of(Function<? super G, ? extends A> analysis, Listener<? super G> listener) {
        return new CorpusRun<>(analysis, listener);
    }

    /**
     * Analyses every document of {@code golds} and hands it to {@code scorer} with its analysis, or with
     * none if the analysis failed.
     *
     * @return the number of documents whose analysis failed
     */
    public int run(List<? extends G> golds, BiConsumer<? super G, Optional<A>> scorer) {
        return run(golds, 1, scorer);
    }

    /**
     * As {@link #run(List, BiConsumer)}, with up to {@code threads} documents analysed at once by an
     * {@link InOrderExecutor} (the analysis must then be thread-safe, and so must the listener's
     * {@code starting}, which runs on the analysing threads). The scorer, {@code failed} and
     * {@code done} still see the documents one at a time and in list order, on the calling thread.
     *
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public int run(List<? extends G> golds, int threads, BiConsumer<? super G, Optional<A>> scorer) {
        Objects.requireNonNull(scorer, "scorer");
        int total = golds.size();
        int[] scored = {0};
        int[] failed = {0};
        new InOrderExecutor(threads).run(IntStream.range(0, total).iterator(),
                index -> attempt(index, total, golds.get(index)), attempt -> {
                    G gold = golds.get(scored[0]);
                    if (attempt.failure() != null) {
                        listener.failed(gold, attempt.failure());
                        failed[0]++;
                    }
                    scorer.accept(gold, attempt.analysed());
                    listener.done(++scored[0], total);
                });
        return failed[0];
    }

    /** One document's analysis, or the failure that counts it as failed. */
    private record Attempt<A>(Optional<A> analysed, @Nullable RuntimeException failure) {
    }

    private Attempt<A> attempt(int index, int total, G gold) {
        listener.starting(index, total, gold);
        try {
            return new Attempt<>(Optional.of(analysis.apply(gold)), null);
        } catch (RejectedInputException | StageException | UncheckedIOException e) {
            return new Attempt<>(Optional.empty(), e);
        }
    }
}
