package org.newsgraph.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.score.Score;
import org.newsgraph.model.Span;

class TriggerScorerTest {

    private static final EcbplusCorpus CORPUS = EcbplusCorpus.read(EcbplusFixture.directory(), TopicRange.parse("7"));

    private static Span word(EcbDocument doc, String word, int from) {
        int start = doc.text().indexOf(word, from);
        return Span.of(doc.text(), start, start + word.length());
    }

    @Test
    void countsOnlySelectedSentencesOnBothSides() {
        EcbDocument doc = CORPUS.documents().get(0);
        // "arrested" is right, "Police" is wrong, "take" lies in an unselected sentence and is not counted.
        List<Span> predicted = List.of(word(doc, "Police", 0), word(doc, "arrested", 0), word(doc, "take", 0));
        Score s = TriggerScorer.score(doc, predicted, CORPUS.selection());
        assertThat(s).isEqualTo(new Score(1, 2, 1, 2));
    }

    @Test
    void anOverlapWithAMultiWordMentionMatchesAndTheMentionIsFoundOnce() {
        EcbDocument doc = CORPUS.documents().get(1);
        List<Span> predicted = List.of(word(doc, "made", 0), word(doc, "off", 0));
        assertThat(TriggerScorer.score(doc, predicted, CORPUS.selection())).isEqualTo(new Score(1, 1, 2, 2));
    }

    @Test
    void aSpanPartlyInsideATokenCoversIt() {
        EcbDocument doc = CORPUS.documents().get(0);
        int start = doc.text().indexOf("robbery") + 2;
        Span inside = Span.of(doc.text(), start, start + 3);
        assertThat(TriggerScorer.covered(doc, inside)).containsExactly(13);
        assertThat(TriggerScorer.score(doc, List.of(inside), CORPUS.selection()).recall()).isEqualTo(0.5);
    }
}
