package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.pipeline.DocAssertions.entityWithMention;
import static org.newsgraph.pipeline.DocAssertions.mentionTexts;
import static org.newsgraph.pipeline.DocAssertions.requireEntity;
import static org.newsgraph.pipeline.DocAssertions.roles;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/** The entity layer on small wire-style texts written for these tests (none from the example). */
class NewsEntitiesTest {

    @Test
    void seatsOfPowerAreOrganisations() {
        Doc doc = SharedAnalyzer.analyze("The White House said on Monday that talks would continue. Downing Street "
                + "declined to comment, and the Pentagon said it was reviewing the plan.", "2024-03-06");
        assertThat(requireEntity(doc, "White House").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(requireEntity(doc, "Downing Street").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(requireEntity(doc, "Pentagon").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void honorificsKeepTwoPeopleWithOneSurnameApart() {
        Doc doc = SharedAnalyzer.analyze("Hillary Clinton met donors in Chicago while Bill Clinton campaigned in Ohio. "
                + "Mrs. Clinton spoke for an hour. Mr. Clinton later joined her.", "2016-10-02");
        Entity hillary = requireEntity(doc, "Hillary Clinton");
        Entity bill = requireEntity(doc, "Bill Clinton");
        assertThat(mentionTexts(hillary)).contains("Mrs. Clinton").doesNotContain("Mr. Clinton");
        assertThat(mentionTexts(bill)).contains("Mr. Clinton").doesNotContain("Mrs. Clinton");
    }

    @Test
    void spellingVariantsJoinButDifferentFullNamesNeverDo() {
        Doc doc = SharedAnalyzer.analyze("Kim Jong-un inspected a missile base. State media said Kim Jong Un was "
                + "pleased. His sister Kim Yo Jong also attended.", "2022-05-01");
        Entity leader = entityWithMention(doc, "Kim Jong-un").orElseThrow();
        assertThat(mentionTexts(leader)).contains("Kim Jong-un", "Kim Jong Un");
        Entity sister = requireEntity(doc, "Kim Yo Jong");
        assertThat(sister.id()).isNotEqualTo(leader.id());
    }

    @Test
    void titlesBeforeNamesAndDemonymsGiveRoles() {
        Doc doc = SharedAnalyzer.analyze("Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken "
                + "in Beijing on Friday. French President Emmanuel Macron welcomed the talks.", "2024-04-28");
        assertThat(roles(doc, requireEntity(doc, "Wang Yi"))).containsExactly("Foreign Minister of China");
        assertThat(roles(doc, requireEntity(doc, "Antony Blinken"))).containsExactly("Secretary of State");
        assertThat(roles(doc, requireEntity(doc, "Emmanuel Macron"))).containsExactly("President of France");
    }

    @Test
    void appositionsGiveRoles() {
        Doc doc = SharedAnalyzer.analyze("Jens Stoltenberg, the Secretary General of NATO, arrived in Kyiv.",
                "2023-04-20");
        assertThat(roles(doc, requireEntity(doc, "Jens Stoltenberg"))).containsExactly("Secretary General of NATO");
    }

    @Test
    void pronounsJoinTheSubjectOfTheirClause() {
        Doc doc = SharedAnalyzer.analyze("Angela Merkel left Berlin on Tuesday. She flew to Paris in her "
                + "government plane.", "2019-06-05");
        Entity merkel = requireEntity(doc, "Angela Merkel");
        assertThat(mentionTexts(merkel)).contains("She", "her");
        Entity plane = entityWithMention(doc, "her government plane").orElseThrow();
        assertThat(plane.type()).isEqualTo(EntityType.VEHICLE);
        assertThat(plane.name()).isEqualTo("Angela Merkel's government plane");
    }

    @Test
    void aPronounWithTwoEquallyLikelyPeopleStaysUnresolved() {
        Doc doc = SharedAnalyzer.analyze("John Smith met Peter Jones in London. After the meeting, a reporter "
                + "asked about him.", "2020-01-10");
        assertThat(entityWithMention(doc, "him")).isEmpty();
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        Doc doc = SharedAnalyzer.analyze("Officials met on Friday. The leaders will meet on Sunday. The company "
                + "said on Wednesday it would cut jobs. The rebels released 20 hostages on Saturday.", "2023-09-12");
        assertThat(doc.timexes()).extracting(t -> t.span().text() + "=" + t.value())
                .containsExactly("Friday=2023-09-08", "Sunday=2023-09-17", "Wednesday=2023-09-06",
                        "Saturday=2023-09-09");
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() {
        Doc doc = SharedAnalyzer.analyze("The minister resigned on Sunday. Talks begin next week. The law dates "
                + "from March 2021.", null);
        assertThat(doc.timexes()).extracting(t -> t.span().text() + "=" + t.value())
                .containsExactly("March 2021=2021-03");
    }
}
