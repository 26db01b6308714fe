package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.SourceKind;
import org.newsgraph.pipeline.SharedAnalyzer;

/** Attribution rules on short wire-style texts written for these tests. */
class AttributionRulesTest {

    /** The rules alone, without the model that decides on their candidates. */
    private static final AttributionExtractor RULES = new AttributionExtractor(
            org.newsgraph.pipeline.Analyzer.standardLexicons(), null);

    private static List<String> summary(String text) {
        Doc doc = RULES.apply(SharedAnalyzer.analyze(text, "2024-02-01"));
        return doc.attributions().stream().map(a -> describe(doc, a)).toList();
    }

    private static String describe(Doc doc, Attribution a) {
        String source = a.source() == null ? "-" : a.source().entity() != null
                ? doc.findEntity(a.source().entity()).orElseThrow().name()
                : a.source().span() == null ? "?" : a.source().span().text();
        return source + " | " + (a.cue() == null ? "-" : a.cue().text()) + " | " + a.content().text() + " | "
                + a.kind().name().toLowerCase() + " " + a.certainty().name().toLowerCase();
    }

    @Test
    void quotesWithTheSpeakerAfterBeforeAndInTheMiddle() {
        assertThat(summary("“We will not back down,” said Olena Petrenko, the mayor of Kharkiv. "
                + "Minister Tomas Varga said: “The border stays open.” "
                + "“We will,” Varga said, “never give up.”"))
                .containsExactly(
                        "Olena Petrenko | said | “We will not back down,” | direct reported",
                        "Tomas Varga | said | “The border stays open.” | direct reported",
                        // one attribution over both parts, as PolNeAR annotates a quotation split around its cue
                        "Tomas Varga | said | “We will,” Varga said, “never give up.” | direct reported");
    }

    @Test
    void aQuoteRunningOverParagraphsKeepsItsSpeaker() {
        assertThat(summary("The governor spoke for an hour. “This state will rebuild,” Governor Ana Ruiz said.\n\n"
                + "“Every road and every bridge will be repaired before winter.”"))
                .containsExactly(
                        "Ana Ruiz | said | “This state will rebuild,” | direct reported",
                        "Ana Ruiz | - | “Every road and every bridge will be repaired before winter.” | direct reported");
    }

    @Test
    void indirectSpeechWithReportingVerbs() {
        assertThat(summary("Prime Minister Lars Holm told reporters that the talks had failed."))
                .containsExactly("Lars Holm | told | the talks had failed | indirect reported");
    }

    @Test
    void denialsAndAllegations() {
        assertThat(summary("The ministry denied that its troops had crossed the border. Prosecutors allege that "
                + "the banker hid $3 million."))
                .containsExactly(
                        "The ministry | denied | its troops had crossed the border | indirect denied",
                        "Prosecutors | allege | the banker hid $3 million | indirect alleged");
    }

    @Test
    void accordingToBeforeAndAfterItsContent() {
        assertThat(summary("According to the World Health Organization, cases rose by a third. "
                + "Two ships were seized, according to officials."))
                .containsExactly(
                        "World Health Organization | According to | cases rose by a third | indirect reported",
                        "officials | according to | Two ships were seized | indirect reported");
    }

    @Test
    void sourcelessHedges() {
        List<String> found = summary("The general reportedly fled the capital. It is believed that the plane crashed.");
        assertThat(found).containsExactly(
                "- | reportedly | The general reportedly fled the capital | indirect hedged",
                "- | is believed | the plane crashed | indirect hedged");
    }

    @Test
    void pronounSpeakersResolveThroughTheEntityLayerAndAnonymousSourcesAreMarked() {
        Doc doc = SharedAnalyzer.analyze("Maria Lopez arrived late. She said the vote was rigged. "
                + "Officials said the count would resume.", "2024-02-01");
        assertThat(doc.attributions()).extracting(a -> a.source().kind())
                .containsExactly(SourceKind.PERSON, SourceKind.ANONYMOUS);
        assertThat(doc.findEntity(doc.attributions().get(0).source().entity()).orElseThrow().name())
                .isEqualTo("Maria Lopez");
        assertThat(doc.attributions().get(0).source().span().text()).isEqualTo("She");
    }

    @Test
    void aMixedQuoteIsMixed() {
        Attribution a = SharedAnalyzer.analyze("The senator warned that the plan would “end in disaster”.", "2024-02-01")
                .attributions().get(0);
        assertThat(a.kind()).isEqualTo(AttributionKind.MIXED);
        assertThat(a.certainty()).isEqualTo(Certainty.REPORTED);
        // the shipped analyzer's learned boundaries take in the complementizer, as PolNeAR's contents do
        assertThat(a.content().text()).isEqualTo("that the plan would “end in disaster”");
    }

    @Test
    void aDatelineCreditsTheWholeArticle() {
        Doc doc = SharedAnalyzer.analyze("GENEVA (Reuters) - Talks resumed on Monday. Delegates met for hours.",
                "2024-02-01");
        Attribution credit = doc.attributions().stream().filter(a -> a.source() != null
                && a.source().kind() == SourceKind.MEDIA).findFirst().orElseThrow();
        assertThat(credit.source().span().text()).isEqualTo("Reuters");
        assertThat(credit.content().text()).isEqualTo("Talks resumed on Monday. Delegates met for hours.");
    }

    @Test
    void aClauseBeforeTheSpeakerAndTheVerb() {
        assertThat(summary("Inflation will slow in the second half of the year, the central bank said on Monday.\n\n"
                + "But the new levy still weighs most on small farms, the Farmers Union said."))
                .containsExactly(
                        "the central bank | said | Inflation will slow in the second half of the year | indirect reported",
                        "Farmers Union | said | the new levy still weighs most on small farms | indirect reported");
    }

    @Test
    void aFrontedClauseWithAPrepositionalOpeningOrDocumentsAsSource() {
        assertThat(summary("In one email, the minister described a secret plan to sell the port, the Times reported.\n\n"
                + "The donor has given to no other candidate this year, election records show."))
                .containsExactly(
                        "Times | reported | In one email, the minister described a secret plan to sell the port | indirect reported",
                        "election records | show | The donor has given to no other candidate this year | indirect reported");
    }

    @Test
    void aStanceTowardsAPersonHasThatPersonAsContent() {
        assertThat(summary("The union backs Governor Ray Okafor, and the mayor told Okafor that the city would help."))
                .containsExactly("The union | backs | Governor Ray Okafor | indirect reported",
                        "the mayor | told | the city would help | indirect reported");
    }

    @Test
    void aQuotedClauseAfterAnIntroductoryPhrase() {
        assertThat(summary("With hundreds of polling stations, “there is no way to rig this count,” Election Commissioner "
                + "Marta Kovac said."))
                .containsExactly("Marta Kovac | said | “there is no way to rig this count,” | direct reported");
    }

    @Test
    void aSpeakerNamedAfterADashOrBeforeTheQuoteWithSaid() {
        assertThat(summary("Readers wrote to us after the vote.\n\n“The result scares me. Nobody listened to the towns.” ― Rosa Delgado\n"
                + "“We will rebuild the party from below.” ― Pavel Novak\n\n"
                + "Said Ingrid Berg, who runs the clinic, “We had no power for three days.”"))
                .containsExactly(
                        "Rosa Delgado | ― | “The result scares me. Nobody listened to the towns.” | direct reported",
                        "Pavel Novak | ― | “We will rebuild the party from below.” | direct reported",
                        "Ingrid Berg | Said | “We had no power for three days.” | direct reported");
    }

    @Test
    void transcriptLabelsAreSpeakersButSectionLabelsAreNot() {
        List<String> found = summary("Partial transcript:\n\n\"HARTMANN: Will the plant close this year?\n\n"
                + "\"OKAFOR: No. The plant stays open and nobody loses a job.\n\n"
                + "VIDEO: Workers leave the plant after the night shift.");
        assertThat(found).containsExactly(
                "HARTMANN | : | Will the plant close this year? | direct reported",
                "OKAFOR | : | No. The plant stays open and nobody loses a job. | direct reported");
    }

    @Test
    void aCoordinatedClauseWithItsOwnSpeakerIsNotNested() {
        assertThat(summary("The minister stressed that the reforms were not finished, and opposition leaders warned "
                + "that the army still held real power."))
                .containsExactly(
                        "The minister | stressed | the reforms were not finished | indirect reported",
                        "opposition leaders | warned | the army still held real power | indirect reported");
    }

    @Test
    void actsThatOnlyLookLikeSpeech() {
        assertThat(summary("Support for the mayor continues to grow in the suburbs. The senator spoke to the "
                + "students of the college on Friday."))
                .isEmpty();
    }
}
