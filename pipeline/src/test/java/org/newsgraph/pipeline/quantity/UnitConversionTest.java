package org.newsgraph.pipeline.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Measure;

class UnitConversionTest {

    private static final QuantityLexicon LEXICON = QuantityLexicon.standard();

    private static Optional<Measure> convert(double value, String form) {
        return LEXICON.unit(form).orElseThrow(() -> new AssertionError("no unit " + form)).normalize(value);
    }

    @Test
    void speedGoesToKilometresPerHour() {
        assertThat(convert(37, "miles per hour")).contains(new Measure(59.55, "km/h"));
        assertThat(convert(37, "mph")).contains(new Measure(59.55, "km/h"));
        assertThat(convert(15, "knots")).contains(new Measure(27.78, "km/h"));
        assertThat(convert(100, "km/h")).contains(new Measure(100, "km/h"));
        assertThat(convert(10, "m/s")).contains(new Measure(36, "km/h"));
    }

    @Test
    void lengthGoesToMetres() {
        assertThat(convert(5, "km")).contains(new Measure(5000, "m"));
        assertThat(convert(10, "miles")).contains(new Measure(16090, "m"));
        assertThat(convert(300, "nautical miles")).contains(new Measure(555600, "m"));
        assertThat(convert(200, "feet")).contains(new Measure(60.96, "m"));
        assertThat(convert(10, "inches")).contains(new Measure(0.254, "m"));
    }

    @Test
    void massGoesToKilograms() {
        assertThat(convert(300, "pounds")).contains(new Measure(136.1, "kg"));
        assertThat(convert(3.5, "tons")).contains(new Measure(3175, "kg"));
        assertThat(convert(500, "tonnes")).contains(new Measure(500_000, "kg"));
        assertThat(convert(2, "metric tons")).contains(new Measure(2000, "kg"));
    }

    @Test
    void areaGoesToSquareMetres() {
        assertThat(convert(2500, "square miles")).contains(new Measure(6.475e9, "m²"));
        assertThat(convert(1, "acre")).contains(new Measure(4047, "m²"));
        assertThat(convert(3, "hectares")).contains(new Measure(30_000, "m²"));
        assertThat(convert(1000, "sq km")).contains(new Measure(1e9, "m²"));
    }

    @Test
    void volumeGoesToLitres() {
        assertThat(convert(1, "barrel")).contains(new Measure(159.0, "L"));
        assertThat(convert(20_000, "gallons")).contains(new Measure(75_710, "L"));
        assertThat(convert(2, "cubic metres")).contains(new Measure(2000, "L"));
        assertThat(convert(1.5e6, "barrels a day")).contains(new Measure(2.385e8, "L/d"));
    }

    @Test
    void temperatureGoesToCelsius() {
        assertThat(convert(104, "°f")).contains(new Measure(40, "°C"));
        assertThat(convert(32, "degrees fahrenheit")).contains(new Measure(0, "°C"));
        assertThat(convert(-40, "f")).contains(new Measure(-40, "°C"));
        assertThat(convert(25, "degrees celsius")).contains(new Measure(25, "°C"));
    }

    @Test
    void percentagesHaveNoNormalUnit() {
        assertThat(LEXICON.unit("per cent").orElseThrow().symbol()).isEqualTo("%");
        assertThat(convert(40, "percent")).isEmpty();
        assertThat(LEXICON.unit("percentage points").orElseThrow().symbol()).isEqualTo("pp");
    }

    @Test
    void roundingKeepsFourSignificantDigits() {
        assertThat(Unit.round(59.545728)).isEqualTo(59.55);
        assertThat(Unit.round(0.000123456)).isEqualTo(0.0001235);
        assertThat(Unit.round(123456789)).isEqualTo(1.235e8);
        assertThat(Unit.round(0)).isEqualTo(0);
    }

    @Test
    void currenciesByPosition() {
        assertThat(LEXICON.currencyBefore("$").orElseThrow().code()).isEqualTo("USD");
        assertThat(LEXICON.currencyBefore("US$").orElseThrow().code()).isEqualTo("USD");
        assertThat(LEXICON.currencyBefore("£").orElseThrow().code()).isEqualTo("GBP");
        assertThat(LEXICON.currencyBefore("€").orElseThrow().code()).isEqualTo("EUR");
        assertThat(LEXICON.currencyBefore("Rs").orElseThrow().code()).isEqualTo("INR");
        assertThat(LEXICON.currencyAfter("Euros").orElseThrow().code()).isEqualTo("EUR");
        assertThat(LEXICON.currencyAfter("rubles").orElseThrow().code()).isEqualTo("RUB");
        assertThat(LEXICON.currencyAfter("Swiss francs").orElseThrow().code()).isEqualTo("CHF");
        assertThat(LEXICON.currencyAfter("cents").orElseThrow().factor()).isEqualTo(0.01);
    }

    @Test
    void isoCodesMatchOnlyInCapitals() {
        assertThat(LEXICON.currencyBefore("USD").orElseThrow().code()).isEqualTo("USD");
        assertThat(LEXICON.currencyBefore("usd")).isEmpty();
        assertThat(LEXICON.currencyBefore("try")).isEmpty();
        assertThat(LEXICON.currencyAfter("TRY").orElseThrow().code()).isEqualTo("TRY");
    }

    @Test
    void ambiguousCurrencyWordsNeedAScale() {
        assertThat(LEXICON.currencyAfter("pounds").orElseThrow().needsScale()).isTrue();
        assertThat(LEXICON.currencyAfter("won").orElseThrow().needsScale()).isTrue();
        assertThat(LEXICON.currencyAfter("pounds sterling").orElseThrow().needsScale()).isFalse();
    }

    @Test
    void comparativesNameTheirProperty() {
        assertThat(LEXICON.property("heavier")).contains("weight");
        assertThat(LEXICON.property("Faster")).contains("speed");
        assertThat(LEXICON.property("likelier")).isEmpty();
    }

    @Test
    void fractionsInTheLexiconAreRead() {
        assertThat(QuantityLexicon.number("5/9")).isEqualTo(5.0 / 9);
        assertThat(QuantityLexicon.number("0.3048")).isEqualTo(0.3048);
    }
}
