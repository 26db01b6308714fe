package org.newsgraph.store.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;

/**
 * How a person named by surname alone, or by title and surname, is linked across articles on every
 * database: each rule of {@link SurnameResolver}, the cases where distinct people must stay apart, and
 * analysts' corrections winning over the rules. Run by a subclass that says how to open a store.
 */
abstract class SurnameLinkingContract {

    private final List<ArticleStore> opened = new ArrayList<>();

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    /** Another store over the database of the last {@link #openEmpty}. */
    abstract ArticleStore reopen();

    ArticleStore track(ArticleStore store) {
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(ArticleStore::close);
    }

    ArticleStore storeOf(Doc... docs) {
        ArticleStore store = track(openEmpty());
        for (Doc doc : docs) {
            store.store(doc);
        }
        return store;
    }

    static Doc alone(String id, String date, String text, String name) {
        return ActorDocs.article(id, date, text).person("e1", name).build();
    }

    static final Doc HILLARY = ActorDocs.article("h1", "2016-10-01",
                    "Hillary Clinton campaigned in Ohio. Secretary Clinton spoke twice.")
            .person("e1", "Hillary Clinton", "Hillary Clinton", "Clinton spoke").build();
    static final Doc BILL = ActorDocs.article("b1", "2001-01-10", "Bill Clinton left office this week.")
            .person("e1", "Bill Clinton").build();
    static final Doc KIM_JONG_UN = ActorDocs.article("k1", "2023-09-12",
                    "North Korean leader Kim Jong Un arrived in Vladivostok.")
            .person("e1", "Kim Jong Un").role("e1", "leader", null, "North Korean leader")
            .entity("e2", EntityType.GPE, "Vladivostok").build();
    static final Doc KIM_JONG_IL = ActorDocs.article("k2", "2023-09-13", "Kim Jong Il ruled before his son.")
            .person("e1", "Kim Jong Il").build();
    static final Doc LEE_SEOUL = ActorDocs.article("l1", "2024-04-01",
                    "Lee Jae-myung of the Democratic Party campaigned in Seoul.")
            .person("e1", "Lee Jae-myung")
            .entity("e2", EntityType.ORGANIZATION, "Democratic Party")
            .entity("e3", EntityType.GPE, "Seoul").build();
    static final Doc LEE_SINGAPORE = ActorDocs.article("l2", "2024-04-02",
                    "Lee Hsien Loong opened a port in Singapore.")
            .person("e1", "Lee Hsien Loong")
            .entity("e2", EntityType.GPE, "Singapore").build();

    @Test
    void aSurnameOrTitleAndSurnameLinksToTheOneStoredPersonWithThatSurname() {
        ArticleStore store = storeOf(
                ActorDocs.article("t1", "2017-01-20", "President Donald Trump signed an order.")
                        .person("e1", "President Donald Trump").build(),
                alone("t2", "2017-01-21", "Trump spoke.", "Trump"),
                alone("t3", "2017-01-22", "Mr. Trump left.", "Mr. Trump"),
                ActorDocs.article("m1", "2018-04-27", "Moon Jae-in met Kim Jong Un.")
                        .person("e1", "Moon Jae-in").person("e2", "Kim Jong Un").build(),
                alone("m2", "2018-04-28", "President Moon returned.", "President Moon"));

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Donald Trump", 3L), tuple("Moon Jae-in", 2L),
                        tuple("Kim Jong Un", 1L));
    }

    @Test
    void aMiddleInitialJoinsThePlainNameUnlessThatNameAlreadyHasOtherInitials() {
        ArticleStore store = storeOf(
                alone("d1", "2016-03-01", "Donald Trump won Nevada.", "Donald Trump"),
                alone("d2", "2016-03-02", "Donald J. Trump spoke.", "Donald J. Trump"),
                alone("g1", "2004-01-01", "George Bush spoke.", "George Bush"),
                alone("g2", "2004-01-02", "George W. Bush spoke.", "George W. Bush"),
                alone("g3", "1991-01-02", "George H.W. Bush spoke.", "George H.W. Bush"));

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Donald Trump", 2L), tuple("George Bush", 2L), tuple("George H.W. Bush", 1L));
    }

    @Test
    void aFirstNameWithAGenerationIsNeverTheFathersSurname() {
        ArticleStore store = storeOf(
                alone("d1", "2016-03-01", "Donald Trump won Nevada.", "Donald Trump"),
                alone("d2", "2016-03-02", "Donald Jr. spoke.", "Donald Jr."));

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Donald Trump", 1L), tuple("Donald Jr.", 1L));
    }

    @Test
    void fatherAndSonKimsStayApartAndABareKimGetsAnActorOfItsOwn() {
        ArticleStore store = storeOf(KIM_JONG_UN, KIM_JONG_IL, alone("k3", "2023-09-14", "Kim waved.", "Kim"));

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Kim Jong Un", 1L), tuple("Kim Jong Il", 1L), tuple("Kim", 1L));
    }

    @Test
    void aSharedTitlePicksTheOnePersonWhoHoldsIt() {
        ArticleStore store = storeOf(KIM_JONG_UN, KIM_JONG_IL,
                ActorDocs.article("k3", "2023-09-15", "The leader Mr. Kim inspected a factory.")
                        .person("e1", "Mr. Kim").role("e1", "leader", null, "leader").build());

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Kim Jong Un", 2L), tuple("Kim Jong Il", 1L));
    }

    @Test
    void aCoMentionedOrganisationOrCountryPicksTheOnePersonSeenWithItAndTwoThatConflictPickNobody() {
        ArticleStore store = storeOf(LEE_SEOUL, LEE_SINGAPORE,
                ActorDocs.article("l3", "2024-04-03", "Mr. Lee toured Singapore.")
                        .person("e1", "Mr. Lee").entity("e2", EntityType.GPE, "Singapore").build(),
                ActorDocs.article("l4", "2024-04-04", "The Democratic Party said Mr. Lee would run.")
                        .person("e1", "Mr. Lee").entity("e2", EntityType.ORGANIZATION, "Democratic Party").build(),
                ActorDocs.article("l5", "2024-04-05", "Mr. Lee flew from Seoul to Singapore.")
                        .person("e1", "Mr. Lee").entity("e2", EntityType.GPE, "Seoul")
                        .entity("e3", EntityType.GPE, "Singapore").build());

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Lee Jae-myung", 2L), tuple("Lee Hsien Loong", 2L), tuple("Lee", 1L));
    }

    @Test
    void amongSeveralFullNamesTheOneMentionedWithinAMonthOfTheArticleWins() {
        ArticleStore store = storeOf(HILLARY, BILL,
                alone("c1", "2016-10-20", "Clinton rallied voters.", "Clinton"),
                alone("c2", "2010-06-01", "Clinton gave a speech.", "Clinton"));

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Hillary Clinton", 2L), tuple("Bill Clinton", 1L), tuple("Clinton", 1L));
    }

    @Test
    void twoMrLeesInDifferentContextsStayTwoAndALaterOneFollowsItsContext() {
        ArticleStore store = storeOf(
                ActorDocs.article("f1", "2024-05-01", "Mr. Lee farms cotton in Texas.")
                        .person("e1", "Mr. Lee").entity("e2", EntityType.GPE, "Texas").build(),
                ActorDocs.article("f2", "2024-05-02", "Mr. Lee sells noodles in Busan.")
                        .person("e1", "Mr. Lee").entity("e2", EntityType.GPE, "Busan").build(),
                ActorDocs.article("f3", "2024-05-03", "Rain in Texas helped Mr. Lee.")
                        .person("e1", "Mr. Lee").entity("e2", EntityType.GPE, "Texas").build(),
                alone("f4", "2024-05-04", "Mr. Lee declined to comment.", "Mr. Lee"));

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Lee", 2L), tuple("Lee", 1L), tuple("Lee", 1L));
        List<ActorSummary> lees = store.actors().top(EntityType.PERSON, 10);
        assertThat(lees).extracting(lee -> store.actors().profile(lee.id()).orElseThrow().timeline().stream()
                        .map(Appearance::articleId).toList())
                .containsExactly(List.of("f1", "f3"), List.of("f2"), List.of("f4"));
    }

    @Test
    void aSurnameAloneWithoutContextJoinsTheOneEarlierSurnameAloneActor() {
        ArticleStore store = storeOf(alone("s1", "2024-06-01", "Madonna sang.", "Madonna"),
                alone("s2", "2024-06-02", "Madonna danced.", "Madonna"));

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Madonna", 2L));
    }

    @Test
    void aSurnameIsNeverLinkedToAPersonItsOwnArticleKeptApart() {
        ArticleStore store = storeOf(KIM_JONG_UN,
                ActorDocs.article("k4", "2023-09-16", "Kim Jong Un and Kim attended.")
                        .person("e1", "Kim Jong Un", "Kim Jong Un").person("e2", "Kim", "Kim attended").build());

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Kim Jong Un", 2L), tuple("Kim", 1L));
    }

    @Test
    void aSplitOfASurnameHoldsForLaterArticles() {
        ArticleStore store = storeOf(HILLARY, alone("c1", "2016-10-02", "Clinton spoke.", "Clinton"));
        long hillary = store.actors().find("Hillary Clinton").get(0).id();

        ActorSummary split = store.actors().split(hillary, "Clinton");
        store.store(alone("c2", "2016-10-03", "Clinton rested.", "Clinton"));

        assertThat(split.name()).isEqualTo("Clinton");
        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::id, ActorSummary::articles)
                .containsExactly(tuple(split.id(), 2L), tuple(hillary, 1L));
    }

    @Test
    void aMergedSurnameActorStaysMergedAfterLaterArticles() {
        ArticleStore store = storeOf(KIM_JONG_UN, KIM_JONG_IL, alone("k3", "2023-09-14", "Kim waved.", "Kim"));
        long un = store.actors().find("Kim Jong Un").get(0).id();
        long kim = store.actors().top(EntityType.PERSON, 10).get(2).id();

        assertThat(store.actors().merge(un, kim)).isEqualTo(1);
        store.close();
        ArticleStore again = track(reopen());
        again.store(ActorDocs.article("k5", "2023-09-20", "The leader Kim spoke.")
                .person("e1", "Kim").role("e1", "leader", null, "leader").build());

        assertThat(again.actors().get(kim)).isEmpty();
        assertThat(again.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Kim Jong Un", 3L), tuple("Kim Jong Il", 1L));
    }
}
