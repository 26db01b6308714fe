package org.newsgraph.store.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stored;

/**
 * What actor linking and the actor questions must do on every database, run by a subclass that
 * says how to open an empty store and the same one again.
 */
abstract class ActorIndexContract {

    static final Doc ARRIVAL = ActorDocs.article("a1", "2023-09-12",
                    "Kim Jong Un arrived in Vladivostok. North Korean leader Kim Jong Un met Vladimir Putin. "
                            + "\"We will stand together,\" Kim Jong Un said.")
            .person("e1", "Kim Jong Un").role("e1", "leader", null, "North Korean leader")
            .entity("e2", EntityType.GPE, "Vladivostok")
            .person("e3", "Vladimir Putin")
            .quote("e1", "We will stand together,", "said")
            .build();
    static final Doc DEPARTURE = ActorDocs.article("a2", "2023-09-14",
                    "Kim Jong-un left Russia on Sunday. Putin called Kim Jong-un a friend. "
                            + "Foreign Minister Choe Son-hui travelled with him.")
            .person("e1", "Kim Jong-un")
            .entity("e2", EntityType.GPE, "Russia")
            .person("e3", "Vladimir Putin", "Putin")
            .person("e4", "Choe Son-hui").role("e4", "Foreign Minister", "e2", "Foreign Minister")
            .build();
    static final Doc TALKS = ActorDocs.article("a3", "2023-09-10",
                    "Vice Foreign Minister Choe Son Hui said the talks would go well. Kim Jong Il ruled before his son.")
            .person("e1", "Choe Son Hui").role("e1", "Vice Foreign Minister", null, "Vice Foreign Minister")
            .person("e2", "Kim Jong Il")
            .quote("e1", "the talks would go well", "said")
            .build();

    private final List<ArticleStore> opened = new ArrayList<>();

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    /** Another store over the database of the last {@link #openEmpty}. */
    abstract ArticleStore reopen();

    private ArticleStore track(ArticleStore store) {
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(ArticleStore::close);
    }

    private ArticleStore storeOf(Doc... docs) {
        ArticleStore store = track(openEmpty());
        for (Doc doc : docs) {
            store.store(doc);
        }
        return store;
    }

    private static long idOf(ArticleStore store, String name) {
        List<ActorSummary> found = store.actors().find(name);
        assertThat(found).as("actors called " + name).isNotEmpty();
        return found.get(0).id();
    }

    @Test
    void spellingVariantsOfOneNameAreOneActorAndDifferentFullNamesAreNot() {
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE, TALKS);

        assertThat(store.actors().top(null, 10))
                .extracting(ActorSummary::name, ActorSummary::type, ActorSummary::articles, ActorSummary::mentions)
                .containsExactly(
                        tuple("Kim Jong Un", EntityType.PERSON, 2L, 5L),
                        tuple("Vladimir Putin", EntityType.PERSON, 2L, 2L),
                        tuple("Choe Son-hui", EntityType.PERSON, 2L, 2L),
                        tuple("Vladivostok", EntityType.GPE, 1L, 1L),
                        tuple("Russia", EntityType.GPE, 1L, 1L),
                        tuple("Kim Jong Il", EntityType.PERSON, 1L, 1L));
    }

    @Test
    void theListFiltersByTypeAndStopsAtTheLimit() {
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE, TALKS);

        assertThat(store.actors().top(EntityType.PERSON, 2)).extracting(ActorSummary::name)
                .containsExactly("Kim Jong Un", "Vladimir Putin");
        assertThat(store.actors().top(EntityType.GPE, 10)).extracting(ActorSummary::name)
                .containsExactly("Vladivostok", "Russia");
        assertThat(store.actors().top(EntityType.ORGANIZATION, 10)).isEmpty();
    }

    @Test
    void theActorsOfSomeDaysAreCountedOverTheArticlesPublishedThen() {
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE, TALKS);

        assertThat(store.actors().topPublished("2023-09-11", "2023-09-14", 10))
                .extracting(ActorSummary::name, ActorSummary::articles, ActorSummary::mentions)
                .containsExactly(tuple("Kim Jong Un", 2L, 5L), tuple("Vladimir Putin", 2L, 2L),
                        tuple("Vladivostok", 1L, 1L), tuple("Russia", 1L, 1L), tuple("Choe Son-hui", 1L, 1L));
        assertThat(store.actors().topPublished("2023-09-10", "2023-09-10", 10))
                .extracting(ActorSummary::name, ActorSummary::articles, ActorSummary::mentions)
                .containsExactly(tuple("Choe Son-hui", 1L, 1L), tuple("Kim Jong Il", 1L, 1L));
        assertThat(store.actors().topPublished("2023-09-11", "2023-09-14", 1)).extracting(ActorSummary::name)
                .containsExactly("Kim Jong Un");
        assertThat(store.actors().topPublished("2024-01-01", "2024-01-07", 10)).isEmpty();
    }

    @Test
    void theSameNameUnderAnotherTypeIsAnotherActorAndNonActorTypesAreNotLinked() {
        Doc doc = ActorDocs.article("g1", "2024-01-02", "Georgia Smith visited Georgia during the Winter Games.")
                .person("e1", "Georgia Smith")
                .entity("e2", EntityType.GPE, "Georgia", "visited Georgia")
                .entity("e3", EntityType.PERSON, "Georgia", "Georgia Smith")
                .entity("e4", EntityType.EVENT, "Winter Games")
                .build();
        ArticleStore store = storeOf(doc);

        assertThat(store.actors().top(null, 10)).extracting(ActorSummary::name, ActorSummary::type)
                .containsExactly(tuple("Georgia Smith", EntityType.PERSON), tuple("Georgia", EntityType.GPE),
                        tuple("Georgia", EntityType.PERSON));
    }

    @Test
    void storingAnArticleAgainLinksNothingTwiceAndOnlyTheLatestVersionCounts() {
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE);
        assertThat(store.store(ARRIVAL).outcome()).isEqualTo(Stored.Outcome.UNCHANGED);
        Doc longer = ActorDocs.article("a1", "2023-09-12", ARRIVAL.article().text() + " Kim Jong Un waved.")
                .person("e1", "Kim Jong Un").build();

        store.store(longer);

        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles, ActorSummary::mentions)
                .containsExactly(tuple("Kim Jong Un", 2L, 6L), tuple("Vladimir Putin", 1L, 1L),
                        tuple("Choe Son-hui", 1L, 1L));
    }

    @Test
    void namesAreFoundByKeyThenByWholeWordsAndIdsByNumber() {
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE, TALKS);
        long kim = idOf(store, "kim jong-UN");

        assertThat(store.actors().find("Kim Jong-un")).extracting(ActorSummary::id).containsExactly(kim);
        assertThat(store.actors().find("Putin")).extracting(ActorSummary::name).containsExactly("Vladimir Putin");
        assertThat(store.actors().find("Kim")).extracting(ActorSummary::name)
                .containsExactly("Kim Jong Un", "Kim Jong Il");
        assertThat(store.actors().find("Jong")).extracting(ActorSummary::name)
                .containsExactly("Kim Jong Un", "Kim Jong Il");
        assertThat(store.actors().find("#" + kim)).extracting(ActorSummary::name).containsExactly("Kim Jong Un");
        assertThat(store.actors().find(Long.toString(kim))).extracting(ActorSummary::name)
                .containsExactly("Kim Jong Un");
        assertThat(store.actors().find("Vlad")).isEmpty();
        assertThat(store.actors().find("Nobody")).isEmpty();
        assertThat(store.actors().find("999999")).isEmpty();
    }

    @Test
    void aSearchAlsoFindsFullNamesThatContainTheWordsMostMentionedFirst() {
        Doc surname = ActorDocs.article("s1", "2024-02-02", "Putin spoke.")
                .entity("e1", EntityType.ORGANIZATION, "Putin").build();
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE, surname);

        assertThat(store.actors().find("Putin")).extracting(ActorSummary::name, ActorSummary::type)
                .containsExactly(tuple("Putin", EntityType.ORGANIZATION));
        assertThat(store.actors().search("Putin")).extracting(ActorSummary::name, ActorSummary::type)
                .containsExactly(tuple("Vladimir Putin", EntityType.PERSON), tuple("Putin", EntityType.ORGANIZATION));
        assertThat(store.actors().search("Nobody")).isEmpty();
    }

    @Test
    void aProfileHoldsAliasesRoleHistoryQuotesAndTimeline() {
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE, TALKS);
        long kim = idOf(store, "Kim Jong Un");
        long choe = idOf(store, "Choe Son Hui");

        ActorProfile profile = store.actors().profile(kim).orElseThrow();

        assertThat(profile.actor()).isEqualTo(new ActorSummary(kim, "Kim Jong Un", EntityType.PERSON, 2, 5));
        assertThat(profile.aliases()).containsExactly(new Alias("Kim Jong Un", 1, 3), new Alias("Kim Jong-un", 1, 2));
        assertThat(profile.roles()).containsExactly(
                new RoleStatement("leader", null, "2023-09-12", "a1", "North Korean leader"));
        assertThat(profile.quotes()).containsExactly(new Quote(kim, "Kim Jong Un", "We will stand together,", "said",
                "direct", "asserted", "a1", "2023-09-12"));
        assertThat(profile.about()).isEmpty();
        assertThat(profile.timeline()).containsExactly(new Appearance("a1", "Title of a1", "2023-09-12", 3),
                new Appearance("a2", "Title of a2", "2023-09-14", 2));
        assertThat(store.actors().profile(choe).orElseThrow().roles()).containsExactly(
                new RoleStatement("Vice Foreign Minister", null, "2023-09-10", "a3", "Vice Foreign Minister"),
                new RoleStatement("Foreign Minister", "Russia", "2023-09-14", "a2", "Foreign Minister"));
        assertThat(store.actors().profile(999_999)).isEmpty();
    }

    @Test
    void quotesComeNewestFirstAndBySpeaker() {
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE, TALKS);
        long kim = idOf(store, "Kim Jong Un");
        long choe = idOf(store, "Choe Son Hui");
        Quote kimQuote = new Quote(kim, "Kim Jong Un", "We will stand together,", "said", "direct", "asserted", "a1",
                "2023-09-12");
        Quote choeQuote = new Quote(choe, "Choe Son-hui", "the talks would go well", "said", "direct", "asserted",
                "a3", "2023-09-10");

        assertThat(store.actors().quotes(null, null, 10)).containsExactly(kimQuote, choeQuote);
        assertThat(store.actors().quotes(null, null, 1)).containsExactly(kimQuote);
        assertThat(store.actors().quotes(choe, null, 10)).containsExactly(choeQuote);
        assertThat(store.actors().quotes(idOf(store, "Putin"), null, 10)).isEmpty();
    }

    @Test
    void quotesAboutAnActorAreThoseWhoseContentMentionsIt() {
        Doc praise = ActorDocs.article("q1", "2024-03-01",
                        "\"Kim Jong Un is a friend of Vladimir Putin,\" Choe Son Hui said. \"Vladimir Putin agrees,\" she added.")
                .person("e1", "Kim Jong Un")
                .person("e2", "Vladimir Putin")
                .person("e3", "Choe Son Hui")
                .quote("e3", "Kim Jong Un is a friend of Vladimir Putin,", "said")
                .quote("e3", "Vladimir Putin agrees,", "added")
                .build();
        ArticleStore store = storeOf(ARRIVAL, praise);
        long kim = idOf(store, "Kim Jong Un");
        long putin = idOf(store, "Vladimir Putin");
        long choe = idOf(store, "Choe Son Hui");

        assertThat(store.actors().quotes(null, kim, 10)).extracting(Quote::content)
                .containsExactly("Kim Jong Un is a friend of Vladimir Putin,");
        assertThat(store.actors().quotes(choe, putin, 10)).extracting(Quote::content)
                .containsExactly("Kim Jong Un is a friend of Vladimir Putin,", "Vladimir Putin agrees,");
        assertThat(store.actors().quotes(kim, putin, 10)).isEmpty();
        assertThat(store.actors().profile(putin).orElseThrow().about()).extracting(Quote::speaker, Quote::content)
                .containsExactly(tuple("Choe Son Hui", "Kim Jong Un is a friend of Vladimir Putin,"),
                        tuple("Choe Son Hui", "Vladimir Putin agrees,"));
    }

    @Test
    void aMergeMovesEntitiesAndLaterArticlesAndSurvivesReopening() {
        Doc full = ActorDocs.article("p1", "2024-05-07", "Vladimir Vladimirovich Putin was sworn in.")
                .person("e1", "Vladimir Vladimirovich Putin").build();
        ArticleStore store = storeOf(ARRIVAL, full);
        long putin = idOf(store, "Vladimir Putin");
        long full1 = idOf(store, "Vladimir Vladimirovich Putin");
        assertThat(full1).isNotEqualTo(putin);

        assertThat(store.actors().merge(putin, full1)).isEqualTo(1);
        store.close();
        ArticleStore again = track(reopen());
        again.store(ActorDocs.article("p2", "2024-05-08", "Vladimir Vladimirovich Putin spoke.")
                .person("e1", "Vladimir Vladimirovich Putin").build());

        assertThat(again.actors().get(full1)).isEmpty();
        assertThat(again.actors().find("Vladimir Vladimirovich Putin")).extracting(ActorSummary::id)
                .containsExactly(putin);
        assertThat(again.actors().profile(putin).orElseThrow().aliases()).containsExactly(
                new Alias("Vladimir Vladimirovich Putin", 2, 2), new Alias("Vladimir Putin", 1, 1));
    }

    @Test
    void aSplitGivesANameKeyItsOwnActorForStoredAndLaterEntities() {
        Doc full = ActorDocs.article("p1", "2024-05-07", "Vladimir Vladimirovich Putin was sworn in.")
                .person("e1", "Vladimir Vladimirovich Putin").build();
        ArticleStore store = storeOf(ARRIVAL, full);
        long putin = idOf(store, "Vladimir Putin");
        store.actors().merge(putin, idOf(store, "Vladimir Vladimirovich Putin"));

        ActorSummary split = store.actors().split(putin, "vladimir vladimirovich PUTIN");
        store.store(ActorDocs.article("p2", "2024-05-08", "Vladimir Vladimirovich Putin spoke.")
                .person("e1", "Vladimir Vladimirovich Putin").build());

        assertThat(split).isEqualTo(new ActorSummary(split.id(), "Vladimir Vladimirovich Putin", EntityType.PERSON,
                1, 1));
        assertThat(store.actors().get(split.id())).contains(new ActorSummary(split.id(),
                "Vladimir Vladimirovich Putin", EntityType.PERSON, 2, 2));
        assertThat(store.actors().get(putin)).contains(new ActorSummary(putin, "Vladimir Putin", EntityType.PERSON,
                1, 1));
    }

    @Test
    void correctionsThatNameNothingOrTheOnlyKeyAreRefusedAndChangeNothing() {
        ArticleStore store = storeOf(ARRIVAL, DEPARTURE);
        long kim = idOf(store, "Kim Jong Un");
        long putin = idOf(store, "Vladimir Putin");

        assertThatThrownBy(() -> store.actors().merge(kim, kim)).isInstanceOf(StoreException.class)
                .hasMessage("cannot merge actor " + kim + " into itself");
        assertThatThrownBy(() -> store.actors().merge(kim, 999_999)).isInstanceOf(StoreException.class)
                .hasMessage("no actor 999999");
        assertThatThrownBy(() -> store.actors().split(kim, "Kim Jong-un")).isInstanceOf(StoreException.class)
                .hasMessage("'kimjongun' is the only name key of actor " + kim + " (Kim Jong Un): nothing to split "
                        + "it from");
        assertThatThrownBy(() -> store.actors().split(kim, "Putin")).isInstanceOf(StoreException.class)
                .hasMessage("actor " + kim + " (Kim Jong Un) has no name with the key 'putin'; its keys: kimjongun");
        assertThat(store.actors().top(EntityType.PERSON, 10)).extracting(ActorSummary::id)
                .containsExactly(kim, putin, idOf(store, "Choe Son-hui"));
    }
}
