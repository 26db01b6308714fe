package org.newsgraph.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.score.CorefScores;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;

class CrossDocRunTest {

    private static final EcbplusCorpus CORPUS = CrossDocFixture.corpus();

    private final StringWriter progress = new StringWriter();

    private CrossDocRun.Scores run(CrossDocRun.Mentions mentions, CrossDocRun.Source source, Set<String> refused) {
        return new CrossDocRun(new TaggingAnalyzer(refused), mentions, source, new PrintWriter(progress, true))
                .run(CORPUS.documents(), CORPUS.selection());
    }

    @Test
    void theLemmaBaselineMergesTheThreeArrests() {
        CrossDocRun.Scores scores = run(CrossDocRun.Mentions.triggers, CrossDocRun.Source.STORE, Set.of());

        // The triggers of the listed sentences: the 8 gold actions and "continued", which the key lacks;
        // one cluster per lemma, as in CrossDocScorerTest.oneClusterPerLemmaMergesTheTwoArrestsOfDifferentEvents.
        CrossDocScorer.Result lemma = scores.baseline().get(9);
        assertThat(lemma.mentions()).isEqualTo(new Score(8, 8, 8, 9));
        CorefScores c = lemma.coref();
        assertThat(c.muc()).isEqualTo(new Score(3, 3, 3, 4));
        assertThat(c.bCubed().precision()).isCloseTo(20.0 / 27, within(1e-9));
        assertThat(c.ceafE()).isEqualTo(new Score(3.8, 5, 3.8, 5));
        assertThat(scores.documents()).isEqualTo(3);
        assertThat(scores.failed()).isZero();
        assertThat(progress.toString()).isEqualTo("newsgraph: topic 9 done (3/3 documents)" + System.lineSeparator());
    }

    @Test
    void storiesReadFromTheExportScoreAsTheStoredOnes() {
        for (CrossDocRun.Mentions mentions : CrossDocRun.Mentions.values()) {
            CrossDocRun.Scores stored = run(mentions, CrossDocRun.Source.STORE, Set.of());
            CrossDocRun.Scores exported = run(mentions, CrossDocRun.Source.EXPORT, Set.of());

            assertThat(exported.system()).as(mentions.name()).isEqualTo(stored.system());
            assertThat(exported.baseline()).as(mentions.name()).isEqualTo(stored.baseline());
            assertThat(exported.source()).isEqualTo(CrossDocRun.Source.EXPORT);
        }
        // Every stored event is in a story (a singleton one at least): all 9 triggers are story mentions.
        assertThat(run(CrossDocRun.Mentions.triggers, CrossDocRun.Source.EXPORT, Set.of()).systemTotal().mentions())
                .isEqualTo(new Score(8, 8, 8, 9));
    }

    @Test
    void aRefusedDocumentKeepsItsGoldMentionsInTheKey() {
        CrossDocRun.Scores scores = run(CrossDocRun.Mentions.events, CrossDocRun.Source.STORE, Set.of("9_2ecb"));

        // Events of 9_1ecb and 9_1ecbplus only: two arrests and a rally, against all 8 gold actions.
        assertThat(scores.documents()).isEqualTo(2);
        assertThat(scores.failed()).isEqualTo(1);
        assertThat(scores.baselineTotal().mentions()).isEqualTo(new Score(3, 8, 3, 3));
        assertThat(scores.systemTotal().mentions()).isEqualTo(new Score(3, 8, 3, 3));
        assertThat(progress.toString()).startsWith("newsgraph: 9_2ecb: the text is not in English"
                + System.lineSeparator());
    }

    @Test
    void triggersBecomeUntypedEventsBesideTheTypedOnesInTextOrder() {
        EcbDocument gold = CORPUS.documents().stream().filter(d -> d.name().equals("9_1ecbplus")).findFirst()
                .orElseThrow();
        Doc doc = new TaggingAnalyzer(Set.of()).apply(Article.of(gold.name(), gold.text()));
        CrossDocRun run = new CrossDocRun(new TaggingAnalyzer(Set.of()), CrossDocRun.Mentions.triggers,
                CrossDocRun.Source.STORE, new PrintWriter(progress));

        List<Event> events = run.withTriggers(doc).events();

        assertThat(events).extracting(e -> e.id() + " " + e.type() + " " + e.trigger().text()).containsExactly(
                "v1 EVENT arrested", "v2 EVENT rally", "t1 EVENT released", "t2 EVENT rally", "t3 EVENT continued");
    }

    @Test
    void theReportPrintsTheTableAndJson() {
        CrossDocRun.Scores scores = run(CrossDocRun.Mentions.triggers, CrossDocRun.Source.EXPORT, Set.of());

        String text = CrossDocReport.text(TopicRange.parse("9"), scores);
        String json = CrossDocReport.json(TopicRange.parse("9"), scores);

        assertThat(text).startsWith("ECB+ cross-document event coreference, topics 9: 3 documents (predicted "
                + "mentions: triggers; listed sentences; stories read from the export)" + System.lineSeparator());
        assertThat(text).contains("9      lemma      85.71  85.11  76.00  82.27      8      9");
        assertThat(json).startsWith("{\"topics\":\"9\",\"mentions\":\"triggers\",\"stories_from\":\"export\","
                + "\"documents\":3,\"all\":{\"stories\":{");
        assertThat(json).contains("\"lemma\":{\"muc\":{\"p\":0.75,\"r\":1.0,\"f1\":0.8571},");
    }
}
