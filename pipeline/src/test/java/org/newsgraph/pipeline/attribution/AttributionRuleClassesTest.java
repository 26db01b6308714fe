package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Token;

/** Each rule class alone on hand-parsed sentences (no CoreNLP), with exact spans. */
class AttributionRuleClassesTest {

    private static final String SAID_THAT = """
            Officials official NNS 2 nsubj
            said say VBD 0 root
            that that IN 6 mark
            the the DT 5 det
            count count NN 6 nsubj
            ended end VBD 2 ccomp
            . . . 2 punct
            """;

    private static List<String> atTokens(String conll, java.util.function.Function<RuleContext, AttributionRule> rule) {
        Doc doc = ParsedFixture.doc(conll);
        RuleContext ctx = ParsedFixture.context(doc);
        AttributionRule r = rule.apply(ctx);
        List<String> out = new ArrayList<>();
        for (Token t : doc.tokens()) {
            r.atToken(t).forEach(c -> out.add(ParsedFixture.describe(doc, c)));
        }
        return out;
    }

    @Test
    void verbCueTakesTheComplementWithoutThatAndTheSubjectAsSource() {
        assertThat(atTokens(SAID_THAT, VerbCueRule::new))
                .containsExactly("the count ended | said | Officials | REPORTED");
    }

    @Test
    void hedgeAdverbIsSourcelessOverItsClause() {
        String conll = """
                The the DT 2 det
                minister minister NN 4 nsubj
                reportedly reportedly RB 4 advmod
                resigned resign VBD 0 root
                . . . 4 punct
                """;
        assertThat(atTokens(conll, HedgeRule::new))
                .containsExactly("The minister reportedly resigned | reportedly | - | HEDGED");
    }

    @Test
    void accordingToByTheParse() {
        String conll = """
                Prices price NNS 2 nsubj
                rose rise VBD 0 root
                , , , 2 punct
                according accord VBG 6 case
                to to IN 4 fixed
                analysts analyst NNS 2 obl
                . . . 2 punct
                """;
        assertThat(atTokens(conll, AccordingToRule::new))
                .containsExactly("Prices rose | according to | analysts | REPORTED");
    }

    @Test
    void stanceAdjectiveWithItsPrepositionalContent() {
        String conll = """
                Voters voter NNS 3 nsubj
                are be VBP 3 cop
                wary wary JJ 0 root
                of of IN 5 case
                trade trade NN 3 obl
                . . . 3 punct
                """;
        assertThat(atTokens(conll, NounAdjectiveCueRule::new))
                .containsExactly("trade | are wary | Voters | REPORTED");
    }

    @Test
    void frontedClauseWhenTheParseHangsItOnTheVerb() {
        String conll = """
                The the DT 2 det
                plan plan NN 4 nsubj
                is be VBZ 4 cop
                unfair unfair JJ 8 advcl
                , , , 4 punct
                the the DT 7 det
                group group NN 8 nsubj
                said say VBD 0 root
                . . . 8 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        RuleContext ctx = ParsedFixture.context(doc);
        assertThat(new ParserRepairRule(ctx).inSentence(doc.sentences().get(0), List.of()).stream()
                .map(c -> ParsedFixture.describe(doc, c)))
                .containsExactly("The plan is unfair | said | the group | REPORTED");
    }

    @Test
    void cueSpanTakesAuxiliariesAndNegation() {
        String conll = """
                He he PRP 4 nsubj
                has have VBZ 4 aux
                not not RB 4 advmod
                said say VBN 0 root
                . . . 4 punct
                """;
        Doc doc = ParsedFixture.doc(conll);
        RuleContext ctx = ParsedFixture.context(doc);
        assertThat(ctx.cues().range(3)).isEqualTo(new TokenRange(1, 4));
        assertThat(ctx.cues().certainty(CueClass.SAY, 3, false)).isEqualTo(org.newsgraph.model.Certainty.DENIED);
    }

    @Test
    void wordSetsComeFromTheResource() {
        assertThat(WordSets.set("HEDGE_ADVERBS")).containsExactlyInAnyOrder("reportedly", "supposedly", "apparently",
                "seemingly");
        assertThat(WordSets.complements("PREPOSITIONAL").get("refer")).containsExactly("to");
    }
}
