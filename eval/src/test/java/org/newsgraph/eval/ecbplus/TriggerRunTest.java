package org.newsgraph.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.score.Score;

class TriggerRunTest {

    private static final EcbplusCorpus CORPUS = CrossDocFixture.corpus();
    private static final String N = System.lineSeparator();

    private final StringWriter progress = new StringWriter();

    private TriggerRun.Scores run(Set<String> refused) {
        return new TriggerRun(new TaggingAnalyzer(refused), new PrintWriter(progress, true))
                .run(CORPUS.documents(), CORPUS.selection());
    }

    @Test
    void scoresTheTriggersOfTheListedSentences() {
        TriggerRun.Scores scores = run(Set.of());

        // 9 triggers in listed sentences ("closed" is in an unlisted one): the 8 gold actions and "continued".
        assertThat(scores.scores().sorted()).containsExactly(java.util.Map.entry(9, new Score(8, 8, 8, 9)));
        assertThat(scores.documents()).isEqualTo(3);
        assertThat(scores.failed()).isZero();
    }

    @Test
    void aRefusedDocumentIsScoredAsFindingNothing() {
        TriggerRun.Scores scores = run(Set.of("9_1ecbplus"));

        // 9_1ecbplus holds 4 gold actions and 5 triggers; its gold stays, its triggers go.
        assertThat(scores.scores().total()).isEqualTo(new Score(4, 8, 4, 4));
        assertThat(scores.documents()).isEqualTo(2);
        assertThat(scores.failed()).isEqualTo(1);
        assertThat(progress.toString()).isEqualTo("newsgraph: 9_1ecbplus: the text is not in English" + N);
    }

    @Test
    void theReportPrintsATableAndJson() {
        TriggerRun.Scores scores = run(Set.of("9_1ecbplus"));

        assertThat(TriggerReport.text(TopicRange.parse("9"), scores)).isEqualTo("ECB+ event triggers, topics 9: "
                + "2 documents" + N + N + "topic         P      R     F1    gold    pred" + N
                + "9         1.000  0.500  0.667       8       4" + N + "all       1.000  0.500  0.667       8       4" + N);
        assertThat(TriggerReport.json(TopicRange.parse("9"), scores)).isEqualTo("{\"topics\":\"9\",\"all\":{\"p\":1.0,"
                + "\"r\":0.5,\"f1\":0.6667,\"gold\":8,\"predicted\":4},\"by_topic\":{\"9\":{\"p\":1.0,\"r\":0.5,"
                + "\"f1\":0.6667,\"gold\":8,\"predicted\":4}}}");
    }
}
