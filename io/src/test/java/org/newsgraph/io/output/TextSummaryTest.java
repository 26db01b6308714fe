package org.newsgraph.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.codec.SampleDocs;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.QuantityKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

class TextSummaryTest {

    @Test
    void summarisesEverySection() {
        assertThat(TextSummary.render(SampleDocs.full())).isEqualTo("""
                ferry-1
                  title      Norland sends help
                  published  2024-03-05
                  language   en

                ENTITIES (5)
                  PERSON
                    Anna Berg — Foreign Minister (Norland) — 2 mentions
                  ORGANIZATION
                    Harbour Gazette — 1 mention
                  GPE
                    Norland — 1 mention
                    Estavia — 1 mention
                  VEHICLE
                    ferry — 1 mention

                ATTRIBUTIONS (2)
                  Anna Berg (Norland Foreign Minister) — said — "we will send help" to Estavia [reported]
                  the Harbour Gazette — according to — The ferry travelled at 20 knots (citing (anonymous source)) [reported]

                EVENTS (1)
                  TYPE              SOURCE → TARGET    WHERE  WHEN                 STATUS   TRIGGER
                  AID/humanitarian  Norland → Estavia  -      Monday (2024-03-04)  planned  “send”

                QUANTITIES (1)
                  20 knots = 20 kn ≈ 37 km/h — about: ferry

                DATES (1)
                  Monday → 2024-03-04
                """);
    }

    @Test
    void emptySectionsSayNoneFound() {
        assertThat(TextSummary.render(SampleDocs.empty())).isEqualTo("""
                blank-1
                  title      (unknown)
                  published  (unknown)
                  language   (unknown)

                ENTITIES
                  none found

                ATTRIBUTIONS
                  none found

                EVENTS
                  none found

                QUANTITIES
                  none found

                DATES
                  none found
                """);
    }

    @Test
    void attributionWithoutSourceOrCueSaysNoSource() {
        String text = "Prices will rise, it is feared.";
        Attribution feared = new Attribution("a1", AttributionKind.INDIRECT, Span.of(text, 0, 16), null, null,
                Certainty.HEDGED, List.of());
        Doc doc = Doc.of(Article.of("d", text)).withAttributions(List.of(feared));

        assertThat(TextSummary.render(doc)).contains("\n  (no source) — Prices will rise [hedged]\n");
    }

    @Test
    void aVeryLongContentIsShortenedWithItsLength() {
        String text = "word ".repeat(200).strip();
        Attribution whole = new Attribution("a1", AttributionKind.INDIRECT, Span.of(text, 0, text.length()), null,
                null, Certainty.REPORTED, List.of());
        Doc doc = Doc.of(Article.of("d", text)).withAttributions(List.of(whole));

        String summary = TextSummary.render(doc);
        assertThat(summary).contains(" … (999 characters) [reported]");
        assertThat(summary).doesNotContain("word ".repeat(61));
    }

    @Test
    void quantityShowsApproximationNormalisedValueAndPhrase() {
        String text = "The train ran at about 37 miles per hour.\nIt was   late.";
        Quantity speed = new Quantity(Span.of(text, 17, 40), QuantityKind.MEASURE, 37, "mph",
                new org.newsgraph.model.Measure(59.545728, "km/h"), "train", true);
        Doc doc = Doc.of(Article.of("d", text)).withQuantities(List.of(speed));

        assertThat(TextSummary.render(doc))
                .contains("\n  about 37 miles per hour = ~37 mph ≈ 59.5 km/h — about: train\n");
    }

    @Test
    void dateOfAnotherTypeNamesItAndMultiLineTextIsJoined() {
        String text = "It lasted three\ndays.";
        Doc doc = Doc.of(Article.of("d", text)).withTimexes(List.of(new Timex(Span.of(text, 10, 20), "DURATION", "P3D")));

        assertThat(TextSummary.render(doc)).contains("\n  three days → P3D (duration)\n");
    }

    @Test
    void numbersAreShortAndGrouped() {
        assertThat(Names.number(37)).isEqualTo("37");
        assertThat(Names.number(59.545728)).isEqualTo("59.5");
        assertThat(Names.number(0.125)).isEqualTo("0.125");
        assertThat(Names.number(0.33333)).isEqualTo("0.333");
        assertThat(Names.number(1_500_000_000)).isEqualTo("1,500,000,000");
        assertThat(Names.number(-2.5)).isEqualTo("-2.5");
    }
}
