package org.newsgraph.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.RejectedInputException;
import org.newsgraph.store.ArticleKey;

class AnalysisTest {

    private final AtomicInteger loads = new AtomicInteger();

    private Analysis analysis(Function<Article, Doc> analyzer) {
        return new Analysis(() -> {
            loads.incrementAndGet();
            return analyzer;
        });
    }

    @Test
    void anArticleIsAnalysed() {
        Article article = Article.of("a", "Some text.");

        Analysed result = analysis(Doc::of).apply(new Pending.ToAnalyse("a.txt", article));

        assertThat(result).isInstanceOfSatisfying(Analysed.Document.class,
                document -> assertThat(document.doc()).isEqualTo(Doc.of(article)));
    }

    @Test
    void storedAndUnreadableInputsNeedNoAnalyser() {
        Analysis analysis = analysis(Doc::of);

        assertThat(analysis.apply(new Pending.Known("a.txt", new ArticleKey("a", ArticleKey.sha256("x")))))
                .isEqualTo(new Analysed.Skipped("a.txt"));
        assertThat(analysis.apply(new Pending.Unreadable("b.txt", "empty")))
                .isEqualTo(new Analysed.Failed("b.txt", "empty", null));
        assertThat(loads).hasValue(0);
    }

    @Test
    void aRefusedArticleIsAFailureWithTheAnalysersReason() {
        Analysed result = analysis(a -> {
            throw new RejectedInputException("the text is not in English");
        }).apply(new Pending.ToAnalyse("c.txt", Article.of("c", "Texte.")));

        assertThat(result).isInstanceOfSatisfying(Analysed.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo("the text is not in English"));
    }

    @Test
    void aBugIsAnInternalErrorAndTheBatchGoesOn() {
        Analysed result = analysis(a -> {
            throw new IllegalStateException("index 7 out of bounds");
        }).apply(new Pending.ToAnalyse("d.txt", Article.of("d", "Text.")));

        assertThat(result).isInstanceOfSatisfying(Analysed.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo("internal error: index 7 out of bounds");
            assertThat(failed.cause()).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void anInputItemAsItStandsIsToAnalyseOrUnreadable() {
        Article article = Article.of("e", "Text.");

        assertThat(Pending.of(new InputItem.Loaded("e.txt", article))).isEqualTo(new Pending.ToAnalyse("e.txt", article));
        assertThat(Pending.of(new InputItem.Failed("f.txt", "binary file")))
                .isEqualTo(new Pending.Unreadable("f.txt", "binary file"));
        assertThat(analysis(Doc::of).apply(Pending.of(new InputItem.Failed("f.txt", "binary file"))))
                .isEqualTo(new Analysed.Failed("f.txt", "binary file", null));
        assertThat(loads).hasValue(0);
    }
}
