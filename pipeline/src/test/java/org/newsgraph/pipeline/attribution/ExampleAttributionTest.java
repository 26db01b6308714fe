package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.SourceKind;
import org.newsgraph.pipeline.SharedAnalyzer;

/** The eight attributions of kim-jong-un-arrives-in-russia.expected.md. */
class ExampleAttributionTest {

    private static Doc doc;

    @BeforeAll
    static void analyse() throws IOException {
        doc = SharedAnalyzer.analyze(Files.readString(Path.of("../examples/kim-jong-un-arrives-in-russia.txt")),
                "2023-09-12");
    }

    private static Attribution byCue(String cue) {
        return doc.attributions().stream().filter(a -> a.cue() != null && a.cue().text().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue '" + cue + "' in " + doc.attributions()));
    }

    private static String sourceName(Attribution a) {
        Optional<Entity> e = a.source() == null || a.source().entity() == null ? Optional.empty()
                : doc.findEntity(a.source().entity());
        return e.map(Entity::name).orElseGet(() -> a.source() == null || a.source().span() == null ? null
                : a.source().span().text());
    }

    @Test
    void peskovAccordingTo() {
        Attribution a = byCue("According to");
        assertThat(sourceName(a)).isEqualTo("Dmitry Peskov");
        assertThat(a.content().text()).isEqualTo("The two “internationally isolated” leaders will meet later this week");
        assertThat(a.kind()).isEqualTo(AttributionKind.MIXED);
        assertThat(a.certainty()).isEqualTo(Certainty.REPORTED);
    }

    @Test
    void theUsWarnedNotHis() {
        Attribution a = byCue("has already warned");
        assertThat(sourceName(a)).isEqualTo("US");
        // the learned boundaries take in the complementizer, as PolNeAR's contents do
        assertThat(a.content().text()).isEqualTo("that North Korea will “pay the price” if they stretch their weaponry to Russia");
        assertThat(a.kind()).isEqualTo(AttributionKind.MIXED);
        assertThat(a.certainty()).isEqualTo(Certainty.REPORTED);
    }

    @Test
    void kcnaReported() {
        Attribution a = byCue("reported");
        assertThat(sourceName(a)).isEqualTo("Korean Central News Agency");
        assertThat(a.source().kind()).isEqualTo(SourceKind.MEDIA);
        assertThat(a.content().text()).isEqualTo("Kim Jong Un boarded his train to Russia on Sunday");
        assertThat(a.kind()).isEqualTo(AttributionKind.INDIRECT);
        assertThat(a.certainty()).isEqualTo(Certainty.REPORTED);
    }

    @Test
    void twoSourcelessAllegations() {
        var alleged = doc.attributions().stream().filter(a -> a.certainty() == Certainty.ALLEGED).toList();
        assertThat(alleged).hasSize(2).allSatisfy(a -> {
            assertThat(a.source()).isNull();
            assertThat(a.cue().text()).isEqualTo("is alleged");
        });
        assertThat(alleged.get(0).content().text()).startsWith("Russia is alleged to seek artillery shells and antitank missiles");
        assertThat(alleged.get(1).content().text()).isEqualTo("The train is alleged to travel 37 miles per hour");
    }

    @Test
    void asPerAnonymousReports() {
        Attribution a = byCue("as per");
        assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS);
        assertThat(a.source().span().text()).isEqualTo("reports");
        assertThat(a.content().text()).startsWith("Kim is travelling along with").endsWith("Foreign Minister Choe Son Hui");
        assertThat(a.kind()).isEqualTo(AttributionKind.INDIRECT);
    }

    @Test
    void millerRemarkedADirectQuote() {
        Attribution a = byCue("remarked");
        assertThat(sourceName(a)).isEqualTo("Mathew Miller");
        assertThat(a.content().text()).startsWith("“Having to travel across the length of his own country")
                .endsWith("begging for assistance”");
        assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    }

    @Test
    void agenciesAreTheWholeArticlesSource() {
        Attribution a = byCue("With inputs from");
        assertThat(a.source().span().text()).isEqualTo("agencies");
        assertThat(a.content().start()).isZero();
        assertThat(a.content().text()).endsWith("The train is alleged to travel 37 miles per hour.");
    }

    @Test
    void theArticlesOwnStatementIsNoAttribution() {
        assertThat(doc.attributions()).noneMatch(a -> a.content().text().contains("exact location")
                && a.content().length() < 100);
    }
}
