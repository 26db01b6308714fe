package org.newsgraph.eval.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.model.Article;

class SnippetScorerTest {

    private static HtmlArticle extracted(String text, String title, String published) {
        return new HtmlArticle(new Article("p1", text, title, published, null, null), null, null, null);
    }

    @Test
    void countsWantedFoundMissedAndUnwantedFound() {
        ExpectedPage page = new ExpectedPage("https://a.example/1", "one.html",
                List.of("voted 31 to 12", "not in the page"), List.of("Contact us", "Subscribe"));

        SnippetScorer.PageScore score = SnippetScorer.score(page,
                extracted("The council voted 31\u00a0to\n 12. Subscribe now.", "Budget", null));

        assertThat(score.tally()).isEqualTo(new HtmlTally(1, 1, 1, 1, 1, 0));
        assertThat(score.misses()).containsExactly("  missing:  not in the page", "  unwanted: Subscribe");
    }

    @Test
    void aPageWithEverySnippetRightHasNoMisses() {
        ExpectedPage page = new ExpectedPage("u", "f.html", List.of("in dünne Scheiben  schneiden"), List.of("Impressum"));

        SnippetScorer.PageScore score = SnippetScorer.score(page,
                extracted("Äpfel in dünne Scheiben schneiden.", null, "2024-05-01"));

        assertThat(score.tally()).isEqualTo(new HtmlTally(1, 1, 0, 0, 0, 1));
        assertThat(score.misses()).isEmpty();
    }

    @Test
    void normaliseFoldsWhitespaceRunsAndNoBreakSpaces() {
        assertThat(SnippetScorer.normalise("  a\u00a0 b\t\nc  ")).isEqualTo("a b c");
    }

    @Test
    void theTallyScoresSnippetsAsPrecisionOverFoundAndRecallOverWanted() {
        HtmlTally t = new HtmlTally(1, 1, 1, 1, 1, 0).plus(new HtmlTally(1, 3, 0, 0, 1, 1));

        assertThat(t).isEqualTo(new HtmlTally(2, 4, 1, 1, 2, 1));
        assertThat(t.snippets().precision()).isEqualTo(0.8);
        assertThat(t.snippets().recall()).isEqualTo(0.8);
        assertThat(t.snippets().f1()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(t.titleShare()).isEqualTo(1.0);
        assertThat(t.dateShare()).isEqualTo(0.5);
        assertThat(HtmlTally.ZERO.snippets().f1()).isZero();
        assertThat(HtmlTally.ZERO.titleShare()).isZero();
    }
}
