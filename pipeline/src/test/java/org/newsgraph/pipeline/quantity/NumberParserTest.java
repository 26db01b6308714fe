package org.newsgraph.pipeline.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.quantity.NumberParser.NumberPhrase;

class NumberParserTest {

    private static Optional<NumberPhrase> parse(String text) {
        return NumberParser.parse(List.of(text.split(" ")), 0, false);
    }

    private static Optional<NumberPhrase> money(String text) {
        return NumberParser.parse(List.of(text.split(" ")), 0, true);
    }

    @Test
    void digits() {
        assertThat(NumberParser.value("37")).hasValue(37);
        assertThat(NumberParser.value("1,200")).hasValue(1200);
        assertThat(NumberParser.value("3.5")).hasValue(3.5);
        assertThat(NumberParser.value("2,500,000")).hasValue(2_500_000);
        assertThat(NumberParser.value(".5")).hasValue(0.5);
        assertThat(NumberParser.value("-5")).hasValue(-5);
    }

    @Test
    void numberWords() {
        assertThat(NumberParser.value("two")).hasValue(2);
        assertThat(NumberParser.value("twenty-five")).hasValue(25);
        assertThat(NumberParser.value("Twenty five")).hasValue(25);
        assertThat(NumberParser.value("a thousand")).hasValue(1000);
        assertThat(NumberParser.value("thousand")).hasValue(1000);
        assertThat(NumberParser.value("a dozen")).hasValue(12);
        assertThat(NumberParser.value("two dozen")).hasValue(24);
        assertThat(NumberParser.value("one hundred and five")).hasValue(105);
        assertThat(NumberParser.value("two million three hundred thousand")).hasValue(2_300_000);
        assertThat(NumberParser.value("fifteen hundred")).hasValue(1500);
        assertThat(NumberParser.value("minus twelve")).hasValue(-12);
    }

    @Test
    void digitsWithScales() {
        assertThat(NumberParser.value("1.5 million")).hasValue(1_500_000);
        assertThat(NumberParser.value("3bn")).hasValue(3e9);
        assertThat(NumberParser.value("1.2 bn")).hasValue(1.2e9);
        assertThat(NumberParser.value("500 crore")).hasValue(5e9);
        assertThat(NumberParser.value("2 lakh")).hasValue(200_000);
        assertThat(NumberParser.value("1,000 million")).hasValue(1e9);
        assertThat(NumberParser.value("2 trillion")).hasValue(2e12);
    }

    @Test
    void mAndKAreScalesOnlyForMoney() {
        assertThat(money("5m")).contains(new NumberPhrase(5e6, 1, false, ""));
        assertThat(money("50k")).contains(new NumberPhrase(50_000, 1, false, ""));
        assertThat(parse("5m")).contains(new NumberPhrase(5, 1, false, "m"));
    }

    @Test
    void vaguePluralsYieldTheirBase() {
        assertThat(parse("hundreds of people")).contains(new NumberPhrase(100, 1, true, ""));
        assertThat(parse("Thousands of troops")).contains(new NumberPhrase(1000, 1, true, ""));
        assertThat(parse("dozens of tanks")).contains(new NumberPhrase(12, 1, true, ""));
        assertThat(parse("tens of thousands of refugees")).contains(new NumberPhrase(10_000, 3, true, ""));
        assertThat(parse("hundreds of millions of dollars")).contains(new NumberPhrase(1e8, 3, true, ""));
        assertThat(parse("several hundred homes")).contains(new NumberPhrase(100, 2, true, ""));
        assertThat(parse("a few thousand people")).contains(new NumberPhrase(1000, 3, true, ""));
    }

    @Test
    void unitsWrittenOntoTheNumberAreTheRemainder() {
        assertThat(parse("5km")).contains(new NumberPhrase(5, 1, false, "km"));
        assertThat(parse("10-mile drive")).contains(new NumberPhrase(10, 1, false, "mile"));
        assertThat(parse("12-km-wide")).contains(new NumberPhrase(12, 1, false, "km-wide"));
        assertThat(parse("two-mile")).contains(new NumberPhrase(2, 1, false, "mile"));
        assertThat(parse("threefold")).contains(new NumberPhrase(3, 1, false, "fold"));
        assertThat(parse("10-fold")).contains(new NumberPhrase(10, 1, false, "fold"));
        assertThat(parse("104F")).contains(new NumberPhrase(104, 1, false, "f"));
    }

    @Test
    void theNumberEndsWhereItsWordsEnd() {
        assertThat(parse("37 miles per hour")).contains(new NumberPhrase(37, 1, false, ""));
        assertThat(parse("1.5 million residents")).contains(new NumberPhrase(1_500_000, 2, false, ""));
        assertThat(parse("5 two")).contains(new NumberPhrase(5, 1, false, ""));
        assertThat(parse("a thousand soldiers")).contains(new NumberPhrase(1000, 2, false, ""));
    }

    @Test
    void codesOrdinalsTimesAndDatesAreNoNumbers() {
        assertThat(parse("first")).isEmpty();
        assertThat(parse("555-1234")).isEmpty();
        assertThat(parse("007")).isEmpty();
        assertThat(parse("5550123")).isEmpty();
        assertThat(parse("a man")).isEmpty();
        assertThat(parse("Covid-19")).isEmpty();
        assertThat(parse("G7")).isEmpty();
        assertThat(NumberParser.value("5:30")).isEmpty();
        assertThat(NumberParser.value("9/11")).isEmpty();
        assertThat(NumberParser.value("12th")).isEmpty();
    }

    @Test
    void fractions() {
        assertThat(NumberParser.fraction(List.of("half", "of"), 0)).contains(new NumberPhrase(0.5, 1, false, ""));
        assertThat(NumberParser.fraction(List.of("a", "third", "of"), 0))
                .contains(new NumberPhrase(1.0 / 3, 2, false, ""));
        assertThat(NumberParser.fraction(List.of("two-thirds", "of"), 0))
                .contains(new NumberPhrase(2.0 / 3, 1, false, ""));
        assertThat(NumberParser.fraction(List.of("three", "quarters", "of"), 0))
                .contains(new NumberPhrase(0.75, 2, false, ""));
        assertThat(NumberParser.fraction(List.of("third", "quarter"), 0)).isEmpty();
        assertThat(NumberParser.fraction(List.of("two", "third"), 0)).isEmpty();
    }

    @Test
    void scaleWordsAreSeen() {
        assertThat(NumberParser.scaled(List.of("50", "million"), 0, 2)).isTrue();
        assertThat(NumberParser.scaled(List.of("3bn"), 0, 1)).isTrue();
        assertThat(NumberParser.scaled(List.of("300"), 0, 1)).isFalse();
    }

    @Property
    void randomNumberTextNeverThrows(@ForAll("numberish") List<String> words, @ForAll boolean isMoney) {
        for (int from = 0; from <= words.size(); from++) {
            int start = from;
            NumberParser.parse(words, from, isMoney).ifPresent(p -> {
                assertThat(p.end()).isBetween(start + 1, words.size());
                assertThat(Double.isNaN(p.value())).isFalse();
            });
            NumberParser.fraction(words, from);
        }
        NumberParser.value(String.join(" ", words));
        NumberParser.scaled(words, 0, words.size());
    }

    @Provide
    Arbitrary<List<String>> numberish() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("a", "an", "and", "of", "minus", "one", "two", "twelve", "twenty", "twenty-five",
                        "ninety-nine", "hundred", "thousand", "million", "bn", "m", "k", "dozen", "dozens", "tens",
                        "hundreds", "thousands", "several", "few", "half", "third", "two-thirds", "quarters",
                        "threefold", "fold", "-", ",", ".", "", "mile", "10-mile", "5km", "3bn", "1,200", "1.5",
                        "007", "555-1234", "9/11", "1,000,000,000"),
                Arbitraries.strings().withChars("0123456789,.-−kmbn°").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(6));
        return word.list().ofMaxSize(8);
    }
}
