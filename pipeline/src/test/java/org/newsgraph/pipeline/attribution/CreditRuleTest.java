package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.SourceKind;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;

/** {@link CreditRule} alone on hand-parsed text, with exact spans. */
class CreditRuleTest {

    /** "“Vote.” ― Sonya Herridge": a quotation credited after a dash. */
    private static final String DASH_CREDIT = """
                “ `` `` 2 punct
                Vote vote VB 0 root
                . . . 2 punct
                ” '' '' 2 punct
                ― : : 2 punct
                Sonya Sonya NNP 7 compound
                Herridge Herridge NNP 2 dep
            """;

    private static List<String> describe(Doc doc, List<Candidate> candidates) {
        return candidates.stream().map(c -> ParsedFixture.describe(doc, c)).toList();
    }

    @Test
    void aNameAfterADashEndingTheQuotationsParagraphIsItsAuthor() {
        Doc doc = ParsedFixture.doc(DASH_CREDIT);
        assertThat(describe(doc, new CreditRule(ParsedFixture.context(doc)).dashCredits()))
                .containsExactly("“ Vote . ” | ― | Sonya Herridge | REPORTED");
    }

    @Test
    void aDashFollowedByMoreTextIsNoCredit() {
        String conll = DASH_CREDIT + """
                wrote write VBD 2 dep
                on on IN 10 case
                Monday Monday NNP 8 obl
                """;
        Doc doc = ParsedFixture.doc(conll);
        assertThat(new CreditRule(ParsedFixture.context(doc)).dashCredits()).isEmpty();
    }

    @Test
    void aParagraphOpeningWithANameAndAColonIsThatSpeakersStatement() {
        String conll = """
                Trump Trump NNP 0 root
                : : : 1 punct
                Taxes tax NNS 4 nsubj
                rose rise VBD 1 parataxis
                . . . 4 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        assertThat(describe(doc, new CreditRule(ParsedFixture.context(doc)).headlineColons()))
                .containsExactly("Taxes rose | : | Trump | REPORTED");
    }

    @Test
    void aSectionLabelBeforeTheColonIsNoSpeaker() {
        String conll = """
                The the DT 2 det
                Latest Latest NNP 0 root
                : : : 2 punct
                Taxes tax NNS 5 nsubj
                rose rise VBD 2 parataxis
                . . . 5 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        assertThat(new CreditRule(ParsedFixture.context(doc)).headlineColons()).isEmpty();
    }

    @Test
    void aCreditLineAtTheEndIsTheWholeArticlesSource() {
        String conll = """
                Taxes tax NNS 2 nsubj
                rose rise VBD 0 root
                . . . 2 punct
                ¶
                With with IN 3 case
                inputs input NNS 2 dep
                from from IN 5 case
                agencies agency NNS 4 nmod
                """;
        Doc doc = ParsedFixture.doc(conll);
        Candidate c = new CreditRule(ParsedFixture.context(doc)).credits().orElseThrow();
        assertThat(ParsedFixture.describe(doc, c)).isEqualTo("Taxes rose . | With inputs from | agencies | REPORTED");
        assertThat(c.wholeDocument()).isTrue();
        assertThat(c.source().kind()).isEqualTo(SourceKind.MEDIA);
    }

    @Test
    void aDatelineWithAnAgencyIsTheWholeArticlesSource() {
        String conll = """
                LONDON London NNP 6 dep
                ( -LRB- -LRB- 3 punct
                ~Reuters Reuters NNP 1 appos
                ~) -RRB- -RRB- 3 punct
                — : : 6 punct
                Taxes tax NNS 7 nsubj
                rose rise VBD 0 root
                . . . 7 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        Candidate c = new CreditRule(ParsedFixture.context(doc)).credits().orElseThrow();
        assertThat(ParsedFixture.describe(doc, c)).isEqualTo("Taxes rose . | (Reuters) | Reuters | REPORTED");
    }

    @Test
    void anArticleWithoutACreditHasNone() {
        String conll = """
                Taxes tax NNS 2 nsubj
                rose rise VBD 0 root
                . . . 2 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        assertThat(new CreditRule(ParsedFixture.context(doc)).credits()).isEmpty();
    }
}
