package org.newsgraph.pipeline.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenderTest {

    @Test
    void knownGendersFitOnlyThemselves() {
        assertThat(Gender.MALE.fits(Gender.MALE)).isTrue();
        assertThat(Gender.MALE.fits(Gender.FEMALE)).isFalse();
        assertThat(Gender.FEMALE.fits(Gender.MALE)).isFalse();
    }

    @Test
    void unknownFitsEither() {
        assertThat(Gender.UNKNOWN.fits(Gender.FEMALE)).isTrue();
        assertThat(Gender.MALE.fits(Gender.UNKNOWN)).isTrue();
        assertThat(Gender.UNKNOWN.fits(Gender.UNKNOWN)).isTrue();
    }

    @Test
    void readsTheLexiconSpellingInAnyCase() {
        assertThat(Gender.of("female")).isEqualTo(Gender.FEMALE);
        assertThat(Gender.of(" MALE ")).isEqualTo(Gender.MALE);
        assertThat(Gender.of("unknown")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void refusesAnythingElseNamingIt() {
        assertThatThrownBy(() -> Gender.of("neuter")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a gender (male, female, unknown): \"neuter\"");
    }

    @Test
    void honorificsCarryTheirGender() {
        Lexicons lexicons = new Lexicons(new Gazetteer(Map.of(), Set.of(), Map.of(), Map.of("anna", Gender.FEMALE)));
        assertThat(lexicons.honorific("Mrs.")).contains(Gender.FEMALE);
        assertThat(lexicons.honorific("Mr.")).contains(Gender.MALE);
        assertThat(lexicons.honorific("Dr.")).contains(Gender.UNKNOWN);
        assertThat(lexicons.honorific("train")).isEmpty();
        assertThat(lexicons.firstNameGender("Anna")).contains(Gender.FEMALE);
        assertThat(lexicons.firstNameGender("Berg")).isEmpty();
    }

    @Test
    void placeKindsComeFromTheCountryCodesAndTheGazetteer() {
        Lexicons lexicons = new Lexicons(new Gazetteer(Map.of("tromsø", PlaceKind.CITY), Set.of(), Map.of(), Map.of()));
        assertThat(lexicons.placeKind("North Korea")).contains(PlaceKind.COUNTRY);
        assertThat(lexicons.placeKind("Tromsø")).contains(PlaceKind.CITY);
        assertThat(lexicons.placeKind("Atlantis")).isEmpty();
    }
}
