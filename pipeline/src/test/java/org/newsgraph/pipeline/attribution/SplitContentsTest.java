package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.lexicon.Gazetteer;
import org.newsgraph.pipeline.lexicon.Lexicons;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/** {@link SplitContents}: a content split around its cue becomes one attribution, on hand-parsed sentences. */
class SplitContentsTest {

    /** "“We will,” he said, “never give up.”". */
    private static final String WE_WILL = """
            “ `` `` 3 punct
            We we PRP 3 nsubj
            will will MD 7 ccomp
            , , , 3 punct
            ” '' '' 3 punct
            he he PRP 7 nsubj
            said say VBD 0 root
            , , , 7 punct
            “ `` `` 11 punct
            never never RB 11 advmod
            give give VB 7 parataxis
            up up RP 11 compound:prt
            . . . 7 punct
            ” '' '' 11 punct
            """;

    private static List<String> found(Doc doc) {
        CueLexicon lexicon = CueLexicon.get();
        Finder finder = new Finder(doc, DependencyIndex.of(doc), QuoteScanner.scan(doc.text()), lexicon,
                new SourceResolver(lexicon, new Lexicons(new Gazetteer(Map.of(), Set.of(), Map.of(), Map.of()))));
        return finder.find().stream().map(c -> ParsedFixture.describe(doc, c)).toList();
    }

    private static List<Attribution> proposed(Doc doc) {
        Lexicons lexicons = new Lexicons(new Gazetteer(Map.of(), Set.of(), Map.of(), Map.of()));
        return new AttributionExtractor(lexicons, null).proposals(doc).stream().map(AttributionProposal::attribution)
                .toList();
    }

    @Test
    void aQuotationSplitAroundItsCueIsOneAttributionOverBothParts() {
        assertThat(found(ParsedFixture.doc(WE_WILL)))
                .containsExactly("“ We will , ” he said , “ never give up . ” | said | he | REPORTED");
    }

    @Test
    void theJoinedQuotationIsDirect() {
        List<Attribution> attributions = proposed(ParsedFixture.doc(WE_WILL));
        assertThat(attributions).hasSize(1);
        assertThat(attributions.get(0).kind()).isEqualTo(AttributionKind.DIRECT);
    }

    @Test
    void theCuesAddresseeAndTimeMayStandBetweenTheParts() {
        String conll = """
                “ `` `` 3 punct
                We we PRP 3 nsubj
                will will MD 7 ccomp
                , , , 3 punct
                ” '' '' 3 punct
                he he PRP 7 nsubj
                told tell VBD 0 root
                reporters reporter NNS 7 obj
                Monday Monday NNP 7 obl:tmod
                , , , 7 punct
                “ `` `` 13 punct
                never never RB 13 advmod
                give give VB 7 parataxis
                up up RP 13 compound:prt
                . . . 7 punct
                ” '' '' 13 punct
                """;
        assertThat(found(ParsedFixture.doc(conll)))
                .containsExactly("“ We will , ” he told reporters Monday , “ never give up . ” | told | he | REPORTED");
    }

    @Test
    void aClauseSplitAroundItsCueAndSourceIsJoined() {
        // "Taxes, he said, will rise.": the parse gives the clause, the cue and source stand inside it
        String conll = """
                Taxes tax NNS 7 nsubj
                , , , 4 punct
                he he PRP 4 nsubj
                said say VBD 7 parataxis
                , , , 4 punct
                will will MD 7 aux
                rise rise VB 0 root
                . . . 7 punct
                """;
        assertThat(found(ParsedFixture.doc(conll))).containsExactly("Taxes , he said , will rise | said | he | REPORTED");
    }

    @Test
    void partsWithDifferentCuesStayApart() {
        String conll = """
                “ `` `` 3 punct
                We we PRP 3 nsubj
                will will MD 7 ccomp
                , , , 3 punct
                ” '' '' 3 punct
                he he PRP 7 nsubj
                said say VBD 0 root
                . . . 7 punct
                ¶
                She she PRP 10 nsubj
                added add VBD 7 parataxis
                : : : 10 punct
                “ `` `` 14 punct
                Never never RB 14 advmod
                give give VB 10 ccomp
                up up RP 14 compound:prt
                . . . 10 punct
                ” '' '' 14 punct
                """;
        assertThat(found(ParsedFixture.doc(conll))).containsExactlyInAnyOrder(
                "“ We will , ” | said | he | REPORTED", "“ Never give up . ” | added | She | REPORTED");
    }
}
