package org.newsgraph.eval.gum;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.RejectedInputException;

class GumRunTest {

    private static final GumDocument GOLD = GumFixture.document();
    private static final String N = System.lineSeparator();

    /** The hand-made analysis of {@link GumEvaluationTest} the first time, a refusal the second. */
    private static Function<Article, Doc> onceThenRefuse() {
        int[] calls = {0};
        return article -> {
            if (calls[0]++ > 0) {
                throw new RejectedInputException("the text is not in English");
            }
            return GumEvaluationTest.analysed();
        };
    }

    @Test
    void aFailedDocumentKeepsItsGoldInTheDenominators() {
        StringWriter progress = new StringWriter();
        List<String> mistakes = new ArrayList<>();

        GumRun.Scores scores = new GumRun(onceThenRefuse(), mistakes::add, new PrintWriter(progress, true))
                .run(List.of(GOLD, GOLD));

        assertThat(scores.failed()).isEqualTo(1);
        // Twice the gold side of the fixture, once the predicted side of the hand-made analysis.
        assertThat(scores.scores().counts()).isEqualTo(new GumCounts(2, 16, 10, 10, 8, 5, 4, 3, 0, 0));
        assertThat(scores.scores().detection(new Setting(GoldScope.NAMED, MatchMode.EXACT))
                .category(GumCategory.PERSON)).isEqualTo(Score.ofCounts(2, 4, 2));
        assertThat(progress.toString()).isEqualTo("[1/2] GUM_news_fixture" + N + "[2/2] GUM_news_fixture" + N
                + "newsgraph: GUM_news_fixture: the text is not in English" + N);
    }

    @Test
    void theReportSaysHowManyFailed() throws Exception {
        GumRun.Scores scores = new GumRun(onceThenRefuse(), m -> { }, new PrintWriter(new StringWriter()))
                .run(List.of(GOLD, GOLD));
        GumReport report = new GumReport("gum", scores.scores(), scores.failed());

        assertThat(report.toText()).startsWith("GUM gum: 2 documents scored, 1 of them failed (scored as finding "
                + "nothing)" + N + "gold: 16 mentions (10 named) in 10 chains (8 with a named mention)" + N
                + "newsgraph: 5 mentions (4 names) in 3 entities" + N + N
                + "Mentions: named gold mentions (NNP/NNPS head) vs newsgraph NAME mentions" + N);
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.path("failed").asInt()).isEqualTo(1);
        assertThat(json.path("mentions").path("named").path("exact").path("person").path("recall").asDouble())
                .isEqualTo(0.5);
    }

    @Test
    void nothingFoundHasEmptyMentionAndEntityFacets() {
        GumScores scores = GumEvaluation.evaluate(GOLD, GumRun.nothingFound(GOLD));

        assertThat(scores.counts()).isEqualTo(new GumCounts(1, 8, 5, 5, 4, 0, 0, 0, 0, 0));
    }
}
