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

    private static List<String> summary(String text) {
        Doc doc = SharedAnalyzer.analyze(text, "2024-02-01");
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
                        "Tomas Varga | said | “We will,” | direct reported",
                        "Tomas Varga | said | “never give up.” | direct reported");
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
        assertThat(a.content().text()).isEqualTo("the plan would “end in disaster”");
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
}
