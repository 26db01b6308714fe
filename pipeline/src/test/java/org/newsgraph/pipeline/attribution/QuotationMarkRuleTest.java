package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/** {@link QuotationMarkRule} alone on hand-parsed sentences, with exact spans. */
class QuotationMarkRuleTest {

    /** "“We won,” Ana said.": the cue after the quotation, the speaker before the verb. */
    private static final String WE_WON = """
                “ `` `` 3 punct
                We we PRP 3 nsubj
                won win VBD 7 ccomp
                , , , 3 punct
                ” '' '' 3 punct
                Ana Ana NNP 7 nsubj
                said say VBD 0 root
                . . . 7 punct
            """;

    private static List<String> quotations(String conll, List<Candidate> fragments) {
        Doc doc = ParsedFixture.doc(conll);
        return new QuotationMarkRule(ParsedFixture.context(doc)).quotations(fragments).stream()
                .map(c -> ParsedFixture.describe(doc, c)).toList();
    }

    @Test
    void cueAfterTheQuotationWithTheSpeakerBeforeTheVerb() {
        assertThat(quotations(WE_WON, new ArrayList<>())).containsExactly("“ We won , ” | said | Ana | REPORTED");
    }

    @Test
    void aParseThatHangsTheQuotationOnTheSpeakerDoesNotMakeItPartOfTheSource() {
        // "won" under "Ana": the speaker's subtree would take the quotation in
        String conll = """
                “ `` `` 3 punct
                We we PRP 3 nsubj
                won win VBD 6 ccomp
                , , , 3 punct
                ” '' '' 3 punct
                Ana Ana NNP 7 nsubj
                said say VBD 0 root
                . . . 7 punct
                """;
        assertThat(quotations(conll, new ArrayList<>())).containsExactly("“ We won , ” | said | Ana | REPORTED");
    }

    @Test
    void invertedCueWithTheSpeakerAfterTheVerb() {
        String conll = """
                “ `` `` 3 punct
                Taxes tax NNS 3 nsubj
                rose rise VBD 6 ccomp
                , , , 3 punct
                ” '' '' 3 punct
                said say VBD 0 root
                the the DT 8 det
                mayor mayor NN 6 nsubj
                . . . 6 punct
                """;
        assertThat(quotations(conll, new ArrayList<>())).containsExactly("“ Taxes rose , ” | said | the mayor | REPORTED");
    }

    @Test
    void cueBeforeTheQuotationAfterAColon() {
        String conll = """
                She she PRP 2 nsubj
                said say VBD 0 root
                : : : 2 punct
                “ `` `` 5 punct
                Nobody nobody NN 6 nsubj
                came come VBD 2 ccomp
                . . . 6 punct
                ” '' '' 6 punct
                """;
        assertThat(quotations(conll, new ArrayList<>())).containsExactly("“ Nobody came . ” | said | She | REPORTED");
    }

    @Test
    void aQuotedFragmentInsideAClauseGoesToTheFragments() {
        String conll = """
                Clinton Clinton NNP 2 nsubj
                drew draw VBD 0 root
                “ `` `` 4 punct
                well well RB 2 advmod
                ” '' '' 4 punct
                , , , 2 punct
                aides aide NNS 8 nsubj
                said say VBD 2 parataxis
                . . . 2 punct
                """;
        List<Candidate> fragments = new ArrayList<>();
        assertThat(quotations(conll, fragments)).isEmpty();
        assertThat(fragments).hasSize(1);
    }

    @Test
    void aQuotationWithoutACueProposesNothing() {
        String conll = """
                “ `` `` 3 punct
                We we PRP 3 nsubj
                won win VBD 0 root
                . . . 3 punct
                ” '' '' 3 punct
                """;
        assertThat(quotations(conll, new ArrayList<>())).isEmpty();
    }

    @Test
    void saidFirstTakesTheNameAfterSaidAndTheQuotation() {
        String conll = """
                Said say VBD 0 root
                Ana Ana NNP 1 nsubj
                : : : 1 punct
                “ `` `` 5 punct
                Go go VB 1 parataxis
                . . . 5 punct
                ” '' '' 5 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        assertThat(new QuotationMarkRule(ParsedFixture.context(doc)).saidFirst().stream()
                .map(c -> ParsedFixture.describe(doc, c))).containsExactly("“ Go . ” | Said | Ana | REPORTED");
    }

    @Test
    void aLongQuotationWithoutACueContinuesTheQuoteBeforeIt() {
        String conll = WE_WON + """
                ¶
                “ `` `` 12 punct
                Now now RB 12 advmod
                we we PRP 12 nsubj
                rest rest VBP 7 parataxis
                for for IN 15 case
                a a DT 15 det
                while while NN 12 obl
                . . . 12 punct
                ” '' '' 12 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        QuotationMarkRule rule = new QuotationMarkRule(ParsedFixture.context(doc));
        List<Candidate> kept = rule.quotations(new ArrayList<>());
        assertThat(rule.continuedQuotes(kept).stream().map(c -> ParsedFixture.describe(doc, c)))
                .containsExactly("“ Now we rest for a while . ” | - | Ana | REPORTED");
    }

    @Test
    void aShortQuotationDoesNotContinueAQuote() {
        String conll = WE_WON + """
                ¶
                “ `` `` 10 punct
                Good good JJ 7 parataxis
                ” '' '' 10 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        QuotationMarkRule rule = new QuotationMarkRule(ParsedFixture.context(doc));
        assertThat(rule.continuedQuotes(rule.quotations(new ArrayList<>()))).isEmpty();
    }
}
