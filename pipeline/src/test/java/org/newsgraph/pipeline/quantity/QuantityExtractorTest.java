package org.newsgraph.pipeline.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.SharedAnalyzer;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.corenlp.CoreNlpAnnotator;

/**
 * The quantity stage on sentences in the style of wire news, parsed by the real CoreNLP base (the one
 * instance of the shared test analyser). Each quantity is rendered as
 * "span | KIND value unit = normalized | about X | approximate".
 */
class QuantityExtractorTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private static Doc parse(String text) {
        Stage corenlp = SharedAnalyzer.get().pipeline().stages().stream()
                .filter(CoreNlpAnnotator.class::isInstance).findFirst().orElseThrow();
        return corenlp.apply(Doc.of(new Article("t", text, null, "2023-09-12", null, null)));
    }

    private static List<String> quantities(String text) {
        return EXTRACTOR.apply(parse(text)).quantities().stream().map(QuantityExtractorTest::render).toList();
    }

    private static String render(Quantity q) {
        StringBuilder out = new StringBuilder(q.span().text()).append(" | ").append(q.kind()).append(' ')
                .append(plain(q.value()));
        if (q.unit() != null) {
            out.append(' ').append(q.unit());
        }
        if (q.normalized() != null) {
            out.append(" = ").append(plain(q.normalized().value())).append(' ').append(q.normalized().unit());
        }
        out.append(" | about ").append(q.about());
        return q.approximate() ? out.append(" | approximate").toString() : out.toString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Test
    void exampleArticle() throws IOException {
        String text = Files.readString(Path.of("../examples/kim-jong-un-arrives-in-russia.txt"));
        assertThat(quantities(text)).containsExactly(
                "two | COUNT 2 | about leaders",
                "thousand times more heavier | RATIO 1000 times | about weight",
                "37 miles per hour | MEASURE 37 mph = 59.55 km/h | about train");
    }

    @Test
    void aboutIsTheEntityWhenEntitiesAreKnown() {
        Doc doc = parse("The train is alleged to travel 37 miles per hour.");
        Token train = doc.tokens().get(1);
        Mention mention = new Mention(doc.span(1, 2), 1, 2, 1, EntityType.VEHICLE, MentionKind.NOMINAL);
        Doc withEntities = doc.withEntities(List.of(new Entity("e7", EntityType.VEHICLE, "train", List.of(mention),
                List.of())));
        assertThat(train.text()).isEqualTo("train");
        assertThat(EXTRACTOR.apply(withEntities).quantities()).singleElement()
                .extracting(Quantity::about).isEqualTo("e7");
    }

    @Test
    void casualties() {
        assertThat(quantities("At least 12 people were killed and more than 300 civilians were wounded in the "
                + "attack on Sunday.")).containsExactly(
                "At least 12 people | COUNT 12 | about people | approximate",
                "more than 300 civilians | COUNT 300 | about civilians | approximate");
        assertThat(quantities("Thousands of troops crossed the border, and dozens of tanks followed."))
                .containsExactly(
                        "Thousands of troops | COUNT 1000 | about troops | approximate",
                        "dozens of tanks | COUNT 12 | about tanks | approximate");
        assertThat(quantities("Half of the 1.5 million residents fled, and twenty-five soldiers died."))
                .containsExactly(
                        "Half | RATIO 0.5 | about residents",
                        "1.5 million residents | COUNT 1500000 | about residents",
                        "twenty-five soldiers | COUNT 25 | about soldiers");
        assertThat(quantities("A dozen journalists were detained in the capital."))
                .containsExactly("A dozen journalists | COUNT 12 | about journalists");
        assertThat(quantities("The death toll rose to 45, with hundreds of thousands of people displaced."))
                .containsExactly(
                        "45 | COUNT 45 | about death toll",
                        "hundreds of thousands of people | COUNT 100000 | about people | approximate");
    }

    @Test
    void money() {
        assertThat(quantities("The company agreed to pay $5 billion to settle the case."))
                .containsExactly("$5 billion | MONEY 5000000000 USD | about company");
        assertThat(quantities("The European Union pledged €1.2bn in aid to the region."))
                .containsExactly("€1.2bn | MONEY 1200000000 EUR | about European Union");
        assertThat(quantities("Japan offered 50 million euros, while Russia paid 1,000 rubles."))
                .containsExactly(
                        "50 million euros | MONEY 50000000 EUR | about Japan",
                        "1,000 rubles | MONEY 1000 RUB | about Russia");
        assertThat(quantities("Seoul will spend 2 trillion won on the project."))
                .containsExactly("2 trillion won | MONEY 2000000000000 KRW | about Seoul");
        assertThat(quantities("Officials said £300 was stolen from the shop."))
                .containsExactly("£300 | MONEY 300 GBP | about null");
        assertThat(quantities("Rs 500 crore was allocated to the scheme."))
                .containsExactly("Rs 500 crore | MONEY 5000000000 INR | about null");
        assertThat(quantities("The aid package is worth 3bn dollars."))
                .containsExactly("3bn dollars | MONEY 3000000000 USD | about aid package");
    }

    @Test
    void measures() {
        assertThat(quantities("The storm moved at 15 knots and dropped 10 inches of rain.")).containsExactly(
                "15 knots | MEASURE 15 kn = 27.78 km/h | about storm",
                "10 inches | MEASURE 10 in = 0.254 m | about rain");
        assertThat(quantities("The 10-mile drive took two hours, and the truck weighed 3.5 tons.")).containsExactly(
                "10-mile | MEASURE 10 mi = 16090 m | about drive",
                "3.5 tons | MEASURE 3.5 ton = 3175 kg | about truck");
        assertThat(quantities("Temperatures reached 104 °F on Tuesday."))
                .containsExactly("104 °F | MEASURE 104 °F = 40 °C | about Temperatures");
        assertThat(quantities("The tanker carried 2 million barrels of oil and sailed 300 nautical miles."))
                .containsExactly(
                        "2 million barrels | MEASURE 2000000 bbl = 318000000 L | about oil",
                        "300 nautical miles | MEASURE 300 nmi = 555600 m | about tanker");
        assertThat(quantities("The fire burned about 1,200 acres of forest."))
                .containsExactly("about 1,200 acres | MEASURE 1200 acre = 4856000 m² | about forest | approximate");
        assertThat(quantities("A 5-km stretch of the highway was closed."))
                .containsExactly("5-km | MEASURE 5 km = 5000 m | about stretch");
        assertThat(quantities("The earthquake struck 30 km (19 miles) south of the city.")).containsExactly(
                "30 km | MEASURE 30 km = 30000 m | about earthquake",
                "19 miles | MEASURE 19 mi = 30580 m | about earthquake");
        assertThat(quantities("The bridge cost $1.2 million and is 500 metres long.")).containsExactly(
                "$1.2 million | MONEY 1200000 USD | about bridge",
                "500 metres | MEASURE 500 m = 500 m | about bridge");
    }

    @Test
    void ratiosAndPercentages() {
        assertThat(quantities("Unemployment rose to 5.3% in September, and inflation hit 40 percent."))
                .containsExactly(
                        "5.3% | RATIO 5.3 % | about Unemployment",
                        "40 percent | RATIO 40 % | about inflation");
        assertThat(quantities("The new rocket is a thousand times heavier than the old one."))
                .containsExactly("a thousand times heavier | RATIO 1000 times | about weight");
        assertThat(quantities("Support for the party fell 3 percentage points to 40 per cent.")).containsExactly(
                "3 percentage points | RATIO 3 pp | about Support",
                "40 per cent | RATIO 40 % | about Support");
        assertThat(quantities("Prices rose threefold in a year."))
                .containsExactly("threefold | RATIO 3 times | about Prices");
        assertThat(quantities("The new missile is ten times more powerful than its predecessor."))
                .containsExactly("ten times more powerful | RATIO 10 times | about power");
        assertThat(quantities("Nearly two-thirds of voters backed the plan, a poll of 1,000 adults found."))
                .containsExactly(
                        "Nearly two-thirds | RATIO 0.6666666666666666 | about voters | approximate",
                        "1,000 adults | COUNT 1000 | about adults");
    }

    @Test
    void ambiguousUnitWordsAreReadFromContext() {
        assertThat(quantities("The club paid $5m for the striker, who weighs 180 pounds, and sold another for "
                + "50 million pounds.")).containsExactly(
                "$5m | MONEY 5000000 USD | about club",
                "180 pounds | MEASURE 180 lb = 81.65 kg | about striker",
                "50 million pounds | MONEY 50000000 GBP | about striker");
        assertThat(quantities("About 5m people live in the region, where temperatures fell to minus 5 degrees "
                + "Celsius.")).containsExactly(
                "About 5m people | COUNT 5000000 | about people | approximate",
                "minus 5 degrees Celsius | MEASURE -5 °C = -5 °C | about temperatures");
        assertThat(quantities("Gas prices jumped 12 cents to $3.45 a gallon.")).containsExactly(
                "12 cents | MONEY 0.12 USD | about Gas prices",
                "$3.45 | MONEY 3.45 USD | about Gas prices");
    }

    @Test
    void aRateOfTimeIsPartOfTheUnitNotADuration() {
        assertThat(quantities("The car drove at 60 km an hour on the motorway."))
                .containsExactly("60 km an hour | MEASURE 60 km/h = 60 km/h | about car");
    }

    @Test
    void datesTimesOrdinalsNamesAndCodesAreNoQuantities() {
        assertThat(quantities("The summit was held on September 12, 2023 at 5 pm.")).isEmpty();
        assertThat(quantities("It was the first time since the Covid-19 pandemic that the G7 met.")).isEmpty();
        assertThat(quantities("He was born in 1998 and flew on a Boeing 737 last year.")).isEmpty();
        assertThat(quantities("Call 555-1234 for details about the 9/11 anniversary.")).isEmpty();
        assertThat(quantities("The two-day visit ended, and the 25-year-old man met Putin three times.")).isEmpty();
        assertThat(quantities("The 7.8-magnitude quake hit at 3:30 a.m., the 2nd in 10 days.")).isEmpty();
    }

    @Test
    void declaresItsFacets() {
        assertThat(EXTRACTOR.requires()).isEqualTo(Set.of(Facet.TOKENS, Facet.SENTENCES));
        assertThat(EXTRACTOR.provides()).isEqualTo(Set.of(Facet.QUANTITIES));
        assertThat(EXTRACTOR.apply(parse("Nothing to count here.")).has(Facet.QUANTITIES)).isTrue();
    }
}
