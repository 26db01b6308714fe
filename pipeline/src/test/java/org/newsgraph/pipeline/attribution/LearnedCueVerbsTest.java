package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Span;

/** {@link LearnedCueVerbs}: cue verbs learned from gold cues on hand-parsed sentences. */
class LearnedCueVerbsTest {

    /** "Experts theorized that leaders signed ." (gold cues: "theorized" and, for the test, "signed"). */
    private static final String THEORIZED = """
            Experts expert NNS 2 nsubj
            theorized theorize VBD 0 root
            that that IN 5 mark
            leaders leader NNS 5 nsubj
            signed sign VBD 2 ccomp
            . . . 2 punct
            """;

    /** "Experts theorized and said that prices rose ." (gold cues: "said" only). */
    private static final String SAID = """
            Experts expert NNS 2 nsubj
            theorized theorize VBD 0 root
            and and CC 4 cc
            said say VBD 2 conj
            that that IN 7 mark
            prices price NNS 7 nsubj
            rose rise VBD 4 ccomp
            . . . 2 punct
            """;

    private static Span word(Doc doc, String w) {
        int start = doc.text().indexOf(w);
        return Span.of(doc.text(), start, start + w.length());
    }

    private static LearnedCueVerbs learn(int minCount, double minPrecision) {
        Doc a = ParsedFixture.doc(THEORIZED);
        Doc b = ParsedFixture.doc(THEORIZED);
        Doc c = ParsedFixture.doc(SAID);
        return LearnedCueVerbs.learn(List.of(a, b, c), List.of(
                List.of(word(a, "theorized"), word(a, "signed")),
                List.of(word(b, "theorized"), word(b, "signed")),
                List.of(word(c, "said"))), minCount, minPrecision);
    }

    /** "According to experts , prices rose ." (gold cue: "According to"). */
    private static final String ACCORDING = """
            According accord VBG 3 case
            to to TO 1 fixed
            experts expert NNS 6 obl
            , , , 6 punct
            prices price NNS 6 nsubj
            rose rise VBD 0 root
            . . . 6 punct
            """;

    @Test
    void theLemmaOfTheAccordingToRuleIsNeverLearned() {
        Doc a = ParsedFixture.doc(ACCORDING);
        Doc b = ParsedFixture.doc(ACCORDING);
        Doc c = ParsedFixture.doc(THEORIZED);
        LearnedCueVerbs learned = LearnedCueVerbs.learn(List.of(a, b, c), List.of(List.of(word(a, "According to")),
                List.of(word(b, "According to")), List.of(word(c, "theorized"))), 1, 0.5);
        assertThat(learned.lemmas()).containsExactly("theorize");
    }

    @Test
    void learnsAVerbOftenInAGoldCueButNotHandListedVerbsNorEventTriggers() {
        // theorize: 2 of 3 uses in a cue; sign is an event trigger; say is hand-listed; rise never a cue
        assertThat(learn(2, 0.5).lemmas()).containsExactly("theorize");
    }

    @Test
    void precisionAndCountThresholdsLeaveOutWeakerVerbs() {
        assertThat(learn(2, 0.7).lemmas()).isEmpty();
        assertThat(learn(3, 0.5).lemmas()).isEmpty();
    }

    @Test
    void writtenListReadsBackAndAddsStanceVerbsToTheLexicon() throws IOException {
        StringWriter text = new StringWriter();
        learn(2, 0.5).write(new PrintWriter(text));
        assertThat(text.toString()).endsWith("theorize\t2\t0.667\n");
        LearnedCueVerbs read = LearnedCueVerbs.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.lemmas()).containsExactly("theorize");
        assertThat(CueLexicon.handMade().verb("theorize")).isEmpty();
        assertThat(CueLexicon.handMade().with(read).verb("theorize")).contains(CueClass.BELIEVE);
    }

    @Test
    void aMalformedLineIsRejectedWithItsNumber() {
        assertThatThrownBy(() -> LearnedCueVerbs.read(new ByteArrayInputStream("# x\ntheorize\t2\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }
}
