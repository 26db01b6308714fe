package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;
import org.newsgraph.pipeline.attribution.ContentChoices.Option;

/** {@link ContentBoundaries} alone on a hand-parsed sentence, with exact spans. */
class ContentBoundariesTest {

    /** "Ana said that taxes rose sharply .": the rules' content is "taxes rose sharply". */
    private static final String SAID_THAT = """
                Ana Ana NNP 2 nsubj
                said say VBD 0 root
                that that IN 5 mark
                taxes tax NNS 5 nsubj
                rose rise VBD 2 ccomp
                sharply sharply RB 5 advmod
                . . . 2 punct
            """;

    private static final Doc DOC = ParsedFixture.doc(SAID_THAT);
    private static final RuleContext CTX = ParsedFixture.context(DOC);
    private static final Candidate RULES = new VerbCueRule(CTX).atToken(DOC.tokens().get(1)).get(0);

    private static List<String> starts(Candidate c) {
        return new ContentBoundaries(CTX).starts(c, AttributionKind.INDIRECT).stream()
                .map(o -> DOC.text().substring(o.offset(), c.end())).toList();
    }

    private static List<String> ends(Candidate c) {
        return new ContentBoundaries(CTX).ends(c, AttributionKind.INDIRECT).stream()
                .map(o -> DOC.text().substring(c.start(), o.offset())).toList();
    }

    @Test
    void theRulesContentComesFirstThenTheNearestTokensOfTheSentenceClearOfCueAndSource() {
        assertThat(ParsedFixture.describe(DOC, RULES)).isEqualTo("taxes rose sharply | said | Ana | REPORTED");
        // "said" and "Ana" are never taken in, and a start never passes the rules' last token
        assertThat(starts(RULES)).containsExactly("taxes rose sharply", "rose sharply", "that taxes rose sharply",
                "sharply");
        assertThat(ends(RULES)).containsExactly("taxes rose sharply", "taxes rose sharply .", "taxes rose", "taxes");
    }

    @Test
    void eachOptionNamesItsSideDistanceAndWords() {
        Option that = new ContentBoundaries(CTX).starts(RULES, AttributionKind.INDIRECT).get(2);
        assertThat(that.features()).contains("s|d=-1", "s|d=-1|INDIRECT", "s|d=-1|before", "s|w=that", "s|prev=VBD",
                "s|prev|w=VBD|that", "s|rel=mark", "s|head=after", "s|sentence-first=false", "s|w=that|before",
                "s|subtree=true", "s|punct-passed=-0");
        // "rose sharply" is not the whole subtree of "rose"
        assertThat(new ContentBoundaries(CTX).starts(RULES, AttributionKind.INDIRECT).get(1).features())
                .contains("s|d=1", "s|subtree=false").doesNotContain("s|subtree=true");
        Option period = new ContentBoundaries(CTX).ends(RULES, AttributionKind.INDIRECT).get(1);
        assertThat(period.features()).contains("e|d=1", "e|w=.", "e|next=EOS", "e|w|next=.|EOS", "e|sentence-last=true",
                "e|close-mark=false");
    }

    @Test
    void theModelsBestOptionOnEachSideWinsAndTiesKeepTheRules() {
        AttributionModel model = new AttributionModel(Map.of("s|w=that", 2.0, "e|w=.", 1.5), 0, 0.5);
        Candidate c = new ContentBoundaries(CTX).adjusted(RULES, AttributionKind.INDIRECT, model);
        assertThat(ParsedFixture.describe(DOC, c)).isEqualTo("that taxes rose sharply . | said | Ana | REPORTED");
        AttributionModel none = new AttributionModel(Map.of(), 0, 0.5);
        assertThat(new ContentBoundaries(CTX).adjusted(RULES, AttributionKind.INDIRECT, none)).isEqualTo(RULES);
    }

    @Test
    void aContentAroundItsCueKeepsTheCueInsideAndAWholeDocumentCreditIsLeftAlone() {
        // "taxes rose" split around a cue on "rose" (as SplitContents joins them): starts stay before it, ends after it
        int rose = DOC.tokens().get(4).start();
        Candidate around = new Candidate(DOC.tokens().get(3).start(), DOC.tokens().get(5).end(), rose, rose + 4, null,
                Certainty.REPORTED, List.of(), 4, false);
        assertThat(starts(around)).containsExactly("taxes rose sharply", "that taxes rose sharply",
                "said that taxes rose sharply", "Ana said that taxes rose sharply");
        assertThat(ends(around)).containsExactly("taxes rose sharply", "taxes rose sharply .");
        Candidate credit = new Candidate(0, DOC.text().length(), -1, -1, null, Certainty.REPORTED, List.of(), -1, true);
        assertThat(new ContentBoundaries(CTX).starts(credit, AttributionKind.INDIRECT)).isEmpty();
    }

    @Test
    void aDirectQuoteKeepsTheBoundsOfItsQuotationMarks() {
        assertThat(new ContentBoundaries(CTX).starts(RULES, AttributionKind.DIRECT)).isEmpty();
        assertThat(new ContentBoundaries(CTX).ends(RULES, AttributionKind.DIRECT)).isEmpty();
        AttributionModel model = new AttributionModel(Map.of("s|w=that", 2.0), 0, 0.5);
        assertThat(new ContentBoundaries(CTX).adjusted(RULES, AttributionKind.DIRECT, model)).isEqualTo(RULES);
    }
}
