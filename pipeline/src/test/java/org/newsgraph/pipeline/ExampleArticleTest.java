package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.pipeline.DocAssertions.mentionTexts;
import static org.newsgraph.pipeline.DocAssertions.requireEntity;
import static org.newsgraph.pipeline.DocAssertions.roles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Timex;

/**
 * The entity, role and date items of examples/kim-jong-un-arrives-in-russia.expected.md
 * (in ../shared/data/articles): the project's canonical example.
 */
class ExampleArticleTest {

    private static Doc doc;

    @BeforeAll
    static void analyse() throws IOException {
        String text = Files.readString(Path.of("../examples/kim-jong-un-arrives-in-russia.txt"));
        doc = SharedAnalyzer.analyze(text, "2023-09-12");
    }

    @Test
    void kimJongUnGathersHisNameVariantsAndPronouns() {
        Entity kim = requireEntity(doc, "Kim Jong Un");
        assertThat(kim.type()).isEqualTo(EntityType.PERSON);
        assertThat(mentionTexts(kim)).contains("Mr. Kim", "Kim", "his", "him", "he");
        assertThat(roles(doc, kim)).contains("President of North Korea");
    }

    @Test
    void fatherAndSonAndPutinAreThreeDifferentPeople() {
        Entity son = requireEntity(doc, "Kim Jong Un");
        Entity father = requireEntity(doc, "Kim Jong-il");
        Entity putin = requireEntity(doc, "Vladimir Putin");
        assertThat(father.id()).isNotEqualTo(son.id());
        assertThat(mentionTexts(putin)).containsOnly("Vladimir Putin");
        assertThat(mentionTexts(father)).containsExactly("Kim Jong-il");
        assertThat(roles(doc, father)).containsExactly("father of Kim Jong Un");
        assertThat(roles(doc, putin)).containsExactly("President of Russia");
    }

    @Test
    void titlesBecomeRolesWithTheirAffiliations() {
        assertThat(roles(doc, requireEntity(doc, "Dmitry Peskov"))).containsExactly("spokesperson of Kremlin");
        assertThat(roles(doc, requireEntity(doc, "Jo Chun Ryong")))
                .containsExactly("Director of Munitions Industry Department");
        assertThat(roles(doc, requireEntity(doc, "Choe Son Hui"))).containsExactly("Foreign Minister");
        assertThat(roles(doc, requireEntity(doc, "Pak Jong Chon"))).containsExactly("Marshal of People's Army");
    }

    @Test
    void aTitleInsideAnOrganisationSpanIsARoleNotPartOfTheName() {
        Entity department = requireEntity(doc, "US Department of States");
        assertThat(department.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(roles(doc, requireEntity(doc, "Mathew Miller"))).containsExactly("Spokesperson of US Department of States");
    }

    @Test
    void placesAndOrganisationsAreTypedForNews() {
        assertThat(requireEntity(doc, "Kremlin").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(requireEntity(doc, "North Korea").type()).isEqualTo(EntityType.GPE);
        assertThat(requireEntity(doc, "Russia").type()).isEqualTo(EntityType.GPE);
        assertThat(requireEntity(doc, "Ukraine").type()).isEqualTo(EntityType.GPE);
        assertThat(requireEntity(doc, "US").type()).isEqualTo(EntityType.GPE);
        assertThat(requireEntity(doc, "Europe").type()).isEqualTo(EntityType.LOCATION);
        assertThat(requireEntity(doc, "Vladivostok").type()).isEqualTo(EntityType.GPE);
        assertThat(requireEntity(doc, "Korean Central News Agency").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(requireEntity(doc, "Eastern Economic Forum").type()).isIn(EntityType.EVENT, EntityType.ORGANIZATION);
    }

    @Test
    void theBulletproofTrainIsOneVehicleAndNeverACharge() {
        Entity train = requireEntity(doc, "Kim Jong Un's bulletproof train");
        assertThat(train.type()).isEqualTo(EntityType.VEHICLE);
        assertThat(mentionTexts(train)).contains("his bulletproof train", "his train", "The train", "it");
        assertThat(doc.entities()).noneMatch(e -> e.name().equalsIgnoreCase("war") || e.name().equalsIgnoreCase("train"));
    }

    @Test
    void datesResolveAgainstThePublicationDate() {
        assertThat(doc.timexes()).extracting(t -> t.span().text() + "=" + t.value())
                .containsExactly("later this week=2023-W37", "Sunday=2023-09-10", "currently=PRESENT_REF");
        assertThat(doc.timexes()).extracting(Timex::type).containsOnly("DATE");
    }

    @Test
    void everySpanPointsAtItsText() {
        DocAssertions.assertSpansConsistent(doc);
    }
}
