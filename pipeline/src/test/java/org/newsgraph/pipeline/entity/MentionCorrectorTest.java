package org.newsgraph.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.model.EntityType.GPE;
import static org.newsgraph.model.EntityType.LOCATION;
import static org.newsgraph.model.EntityType.ORGANIZATION;
import static org.newsgraph.model.EntityType.OTHER;
import static org.newsgraph.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.SharedLexicons;
import org.newsgraph.pipeline.TestDocs;

class MentionCorrectorTest {

    private final MentionCorrector corrector = new MentionCorrector(SharedLexicons.get());

    private static String summary(Doc doc) {
        return String.join(" | ", doc.mentions().stream().map(m -> m.span().text() + "/" + m.type()).toList());
    }

    @Test
    void commonNounsTaggedAsEntitiesAreDropped() {
        // what fine-grained NER does to "train" (CRIMINAL_CHARGE) and "war" (CAUSE_OF_DEATH)
        Doc doc = TestDocs.withNamed(TestDocs.tagged("He/PRP boarded/VBD the/DT train/NN after/IN the/DT war/NN"),
                OTHER, 3, 4, OTHER, 6, 7);
        assertThat(corrector.apply(doc).mentions()).isEmpty();
    }

    @Test
    void seatsOfPowerAreOrganisationsEvenWhenTaggedAsPlaces() {
        Doc doc = TestDocs.withNamed(TestDocs.tagged("The/DT Kremlin/NNP and/CC the/DT White/NNP House/NNP said/VBD"),
                LOCATION, 1, 2, LOCATION, 4, 6);
        assertThat(summary(corrector.apply(doc))).isEqualTo("Kremlin/ORGANIZATION | White House/ORGANIZATION");
    }

    @Test
    void untaggedSeatsOfPowerAreFound() {
        Doc doc = TestDocs.tagged("Downing/NNP Street/NNP declined/VBD to/TO comment/VB");
        assertThat(summary(corrector.apply(doc))).isEqualTo("Downing Street/ORGANIZATION");
    }

    @Test
    void aTrailingTitleIsCutFromAnOrganisation() {
        Doc doc = TestDocs.withNamed(TestDocs.tagged(
                "State/NNP Department/NNP Spokesperson/NNP Matthew/NNP Miller/NNP said/VBD"),
                ORGANIZATION, 0, 3, PERSON, 3, 5);
        assertThat(summary(corrector.apply(doc))).isEqualTo("State Department/ORGANIZATION | Matthew Miller/PERSON");
    }

    @Test
    void governmentsAreGpeAndRegionsAndSeasAreLocations() {
        Doc doc = TestDocs.withNamed(TestDocs.tagged(
                "Ships/NNS crossed/VBD the/DT Black/NNP Sea/NNP from/IN Odesa/NNP to/IN Europe/NNP and/CC Japan/NNP"),
                LOCATION, 3, 5, LOCATION, 6, 7, LOCATION, 8, 9, LOCATION, 10, 11);
        assertThat(summary(corrector.apply(doc)))
                .isEqualTo("Black Sea/LOCATION | Odesa/GPE | Europe/LOCATION | Japan/GPE");
    }

    @Test
    void aOneWordPlaceMissingFromTheGazetteersIsTakenAsAGovernment() {
        Doc doc = TestDocs.withNamed(TestDocs.tagged("Drones/NNS struck/VBD Zorvania/NNP and/CC the/DT Zorvan/NNP Hills/NNP"),
                LOCATION, 2, 3, LOCATION, 5, 7);
        assertThat(summary(corrector.apply(doc))).isEqualTo("Zorvania/GPE | Zorvan Hills/LOCATION");
    }

    @Test
    void aDemonymAloneIsNotAnEntityAndACountryTaggedAsOrganisationIsGpe() {
        Doc doc = TestDocs.withNamed(TestDocs.tagged("Russian/JJ troops/NNS entered/VBD Ukraine/NNP"),
                OTHER, 0, 1, ORGANIZATION, 3, 4);
        assertThat(summary(corrector.apply(doc))).isEqualTo("Ukraine/GPE");
    }

    @Test
    void theHonorificJoinsThePersonMention() {
        Doc doc = TestDocs.withNamed(TestDocs.tagged("Mrs./NNP Clinton/NNP spoke/VBD"), PERSON, 1, 2);
        assertThat(summary(corrector.apply(doc))).isEqualTo("Mrs. Clinton/PERSON");
    }
}
