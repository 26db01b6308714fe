package org.newsgraph.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.pipeline.StageException;

class CorpusRunTest {

    /** Refuses "bonjour", fails a stage on "boom", else a document with its language set. */
    private static final Function<Article, Doc> ANALYZER = article -> {
        if (article.text().equals("bonjour")) {
            throw new RejectedInputException("the text is not in English");
        }
        if (article.text().equals("boom")) {
            throw new StageException("tokens", article.id(), "broken");
        }
        return Doc.of(article).withLanguage("en");
    };

    /** Records what the listener hears. */
    private static final class Log implements CorpusRun.Listener<String> {
        final List<String> lines = new ArrayList<>();

        @Override
        public void starting(int index, int total, String gold) {
            lines.add("start " + index + "/" + total + " " + gold);
        }

        @Override
        public void failed(String gold, RuntimeException failure) {
            lines.add("failed " + gold + ": " + failure.getMessage());
        }

        @Override
        public void done(int done, int total) {
            lines.add("done " + done + "/" + total);
        }
    }

    @Test
    void failedDocumentsAreCountedAndScoredWithNoAnalysis() {
        Log log = new Log();
        CorpusRun<String, Doc> run = CorpusRun.analysing(text -> Article.of("d-" + text, text), ANALYZER, log);
        List<String> scored = new ArrayList<>();

        int failed = run.run(List.of("hello", "bonjour", "boom", "world"),
                (gold, doc) -> scored.add(gold + "=" + doc.map(Doc::id).orElse("nothing")));

        assertThat(failed).isEqualTo(2);
        assertThat(scored).containsExactly("hello=d-hello", "bonjour=nothing", "boom=nothing", "world=d-world");
        assertThat(log.lines).containsExactly("start 0/4 hello", "done 1/4", "start 1/4 bonjour",
                "failed bonjour: the text is not in English", "done 2/4", "start 2/4 boom",
                "failed boom: broken", "done 3/4", "start 3/4 world", "done 4/4");
    }

    @Test
    void anUnreadableInputIsAFailureToo() {
        CorpusRun<String, Integer> run = CorpusRun.of(name -> {
            if (name.startsWith("missing")) {
                throw new UncheckedIOException(new IOException("no such file"));
            }
            return name.length();
        }, CorpusRun.Listener.SILENT);
        List<Integer> lengths = new ArrayList<>();

        int failed = run.run(List.of("a.html", "missing.html", "abc.html"), (gold, n) -> lengths.add(n.orElse(-1)));

        assertThat(failed).isEqualTo(1);
        assertThat(lengths).containsExactly(6, -1, 8);
    }

    @Test
    void anyOtherExceptionEndsTheRun() {
        CorpusRun<String, Doc> run = CorpusRun.analysing(text -> Article.of("d", text), article -> {
            throw new IllegalStateException("a bug");
        }, CorpusRun.Listener.SILENT);

        assertThatThrownBy(() -> run.run(List.of("x"), (gold, doc) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("a bug");
    }

    @Test
    void anEmptyCorpusScoresNothing() {
        List<String> scored = new ArrayList<>();
        int failed = CorpusRun.analysing((String text) -> Article.of("d", text), ANALYZER, CorpusRun.Listener.SILENT)
                .run(List.of(), (gold, doc) -> scored.add(gold));

        assertThat(failed).isZero();
        assertThat(scored).isEmpty();
    }

    @Test
    void withThreadsTheScorerStillSeesTheDocumentsInOrder() {
        Log log = new Log();
        CorpusRun<String, Doc> run = CorpusRun.analysing(text -> Article.of("d-" + text, text), article -> {
            // The first documents take longest, so that later ones finish first.
            try {
                Thread.sleep(article.text().equals("hello") ? 200 : article.text().equals("bonjour") ? 100 : 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ANALYZER.apply(article);
        }, new CorpusRun.Listener<String>() {
            @Override
            public void failed(String gold, RuntimeException failure) {
                log.failed(gold, failure);
            }

            @Override
            public void done(int done, int total) {
                log.done(done, total);
            }
        });
        List<String> scored = new ArrayList<>();

        int failed = run.run(List.of("hello", "bonjour", "boom", "world"), 3,
                (gold, doc) -> scored.add(gold + "=" + doc.map(Doc::id).orElse("nothing")));

        assertThat(failed).isEqualTo(2);
        assertThat(scored).containsExactly("hello=d-hello", "bonjour=nothing", "boom=nothing", "world=d-world");
        assertThat(log.lines).containsExactly("done 1/4", "failed bonjour: the text is not in English", "done 2/4",
                "failed boom: broken", "done 3/4", "done 4/4");
    }

    @Test
    void withThreadsAnyOtherExceptionStillEndsTheRun() {
        CorpusRun<String, Doc> run = CorpusRun.analysing(text -> Article.of("d", text), article -> {
            throw new IllegalStateException("a bug");
        }, CorpusRun.Listener.SILENT);

        assertThatThrownBy(() -> run.run(List.of("x", "y"), 2, (gold, doc) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        assertThatThrownBy(() -> run.run(List.of("x"), 0, (gold, doc) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be positive: 0");
    }
}
