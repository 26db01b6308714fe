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
 * Actors by Wikipedia link on every database: one link is one actor whatever the spelling, two
 * links are two actors whatever the name, and an analyst's merge or split decides first, also after
 * a rebuild. Run by a subclass that says how to open an empty store.
 */
abstract class ActorLinksContract {

    static final Doc ARRIVAL = ActorDocs.article("k1", "2023-09-12",
                    "Kim Jong-un arrived at the Kremlin.")
            .person("e1", "Kim Jong-un").link("e1", "Kim_Jong_Un")
            .entity("e2", EntityType.ORGANIZATION, "Kremlin").link("e2", "Moscow_Kremlin")
            .build();
    static final Doc VISIT = ActorDocs.article("k2", "2023-09-13",
                    "Kim Jong Eun toured the Moscow Kremlin.")
            .person("e1", "Kim Jong Eun").link("e1", "Kim_Jong_Un")
            .entity("e2", EntityType.FACILITY, "Moscow Kremlin").link("e2", "Moscow_Kremlin")
            .build();
    static final Doc EXPLORER = ActorDocs.article("s1", "2024-01-02", "John Smith sailed to Virginia.")
            .person("e1", "John Smith").link("e1", "John_Smith_(explorer)")
            .build();
    static final Doc FOOTBALLER = ActorDocs.article("s2", "2024-01-03", "John Smith scored twice.")
            .person("e1", "John Smith").link("e1", "John_Smith_(footballer)")
            .build();
    static final Doc UNLINKED = ActorDocs.article("s3", "2024-01-04", "John Smith was mentioned.")
            .person("e1", "John Smith")
            .build();

    private final List<ArticleStore> opened = new ArrayList<>();

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    @AfterEach
    void closeStores() {
        opened.forEach(ArticleStore::close);
    }

    private ArticleStore storeOf(Doc... docs) {
        ArticleStore store = openEmpty();
        opened.add(store);
        for (Doc doc : docs) {
            store.store(doc);
        }
        return store;
    }

    private static List<ActorSummary> actors(ArticleStore store) {
        return store.actors().top(null, 20);
    }

    private static void rebuild(ArticleStore store) {
        store.rebuild(true, (done, total) -> { });
    }

    @Test
    void twoSpellingsWithOneLinkAreOneActorOfTheTypeFirstStored() {
        ArticleStore store = storeOf(ARRIVAL, VISIT);

        assertThat(actors(store)).extracting(ActorSummary::name, ActorSummary::type, ActorSummary::link,
                        ActorSummary::articles, ActorSummary::mentions)
                .containsExactly(tuple("Kim Jong-un", EntityType.PERSON, "Kim_Jong_Un", 2L, 2L),
                        tuple("Kremlin", EntityType.ORGANIZATION, "Moscow_Kremlin", 2L, 2L));
        long kim = actors(store).get(0).id();
        assertThat(store.actors().profile(kim).orElseThrow().aliases()).containsExactly(
                new Alias("Kim Jong Eun", 1, 1), new Alias("Kim Jong-un", 1, 1));
        assertThat(actors(store).get(0).url()).isEqualTo("https://en.wikipedia.org/wiki/Kim_Jong_Un");
        assertThat(store.actors().find("Kim Jong Eun")).extracting(ActorSummary::id).containsExactly(kim);
    }

    @Test
    void theSameNameWithTwoLinksIsTwoActorsAndAnUnlinkedOneGoesByName() {
        ArticleStore store = storeOf(EXPLORER, FOOTBALLER, UNLINKED);

        assertThat(actors(store)).extracting(ActorSummary::name, ActorSummary::link, ActorSummary::articles)
                .containsExactly(tuple("John Smith", "John_Smith_(explorer)", 2L),
                        tuple("John Smith", "John_Smith_(footballer)", 1L));
    }

    @Test
    void anActorNamedBeforeItsLinkTakesTheFirstLinkAndNoSecond() {
        ArticleStore store = storeOf(UNLINKED, FOOTBALLER, EXPLORER);

        assertThat(actors(store)).extracting(ActorSummary::name, ActorSummary::link, ActorSummary::articles)
                .containsExactly(tuple("John Smith", "John_Smith_(footballer)", 2L),
                        tuple("John Smith", "John_Smith_(explorer)", 1L));
    }

    @Test
    void rebuiltFromAnotherOrderTheLinkedActorsAreThoseOfTheCanonicalOrder() {
        ArticleStore canonical = storeOf(EXPLORER, FOOTBALLER, UNLINKED, ARRIVAL, VISIT);
        rebuild(canonical);
        List<Object> expected = actors(canonical).stream()
                .map(a -> (Object) List.of(a.name(), a.type(), String.valueOf(a.link()), a.articles())).toList();
        closeStores();
        opened.clear();
        ArticleStore reversed = storeOf(VISIT, UNLINKED, ARRIVAL, FOOTBALLER, EXPLORER);

        rebuild(reversed);

        assertThat(actors(reversed)).extracting(a -> (Object) List.of(a.name(), a.type(), String.valueOf(a.link()),
                a.articles())).containsExactlyElementsOf(expected);
        assertThat(expected).containsExactly(
                List.of("Kim Jong-un", EntityType.PERSON, "Kim_Jong_Un", 2L),
                List.of("Kremlin", EntityType.ORGANIZATION, "Moscow_Kremlin", 2L),
                List.of("John Smith", EntityType.PERSON, "John_Smith_(explorer)", 2L),
                List.of("John Smith", EntityType.PERSON, "John_Smith_(footballer)", 1L));
    }

    @Test
    void aMergeJoinsTwoLinksForStoredAndLaterEntitiesAndSurvivesARebuild() {
        ArticleStore store = storeOf(EXPLORER, FOOTBALLER);
        long explorer = actors(store).get(0).id();
        long footballer = actors(store).get(1).id();

        assertThat(store.actors().merge(explorer, footballer)).isEqualTo(1);
        store.store(ActorDocs.article("s4", "2024-01-05", "J. Smith scored again.")
                .person("e1", "J. Smith").link("e1", "John_Smith_(footballer)").build());

        List<ActorSummary> merged = List.of(new ActorSummary(explorer, "John Smith", EntityType.PERSON, 3, 3,
                "John_Smith_(explorer)"));
        assertThat(actors(store)).isEqualTo(merged);
        rebuild(store);
        assertThat(actors(store)).isEqualTo(merged);
    }

    @Test
    void aSplitPartsTwoSpellingsOfOneLinkForStoredAndLaterEntitiesAndSurvivesARebuild() {
        ArticleStore store = storeOf(ARRIVAL, VISIT);
        long kim = actors(store).get(0).id();

        ActorSummary split = store.actors().split(kim, "Kim Jong Eun");
        store.store(ActorDocs.article("k3", "2023-09-14", "Kim Jong Eun left. Kim Jong-un waved.")
                .person("e1", "Kim Jong Eun").link("e1", "Kim_Jong_Un")
                .build());
        store.store(ActorDocs.article("k4", "2023-09-15", "Kim Jong-un waved.")
                .person("e1", "Kim Jong-un").link("e1", "Kim_Jong_Un")
                .build());

        List<ActorSummary> parted = List.of(
                new ActorSummary(kim, "Kim Jong-un", EntityType.PERSON, 2, 2, "Kim_Jong_Un"),
                new ActorSummary(split.id(), "Kim Jong Eun", EntityType.PERSON, 2, 2, "Kim_Jong_Un"));
        assertThat(store.actors().top(EntityType.PERSON, 10)).isEqualTo(parted);
        rebuild(store);
        // The split actor is kept (its key is pinned); the other is made again, after it.
        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::link, ActorSummary::articles)
                .containsExactly(tuple("Kim Jong Eun", "Kim_Jong_Un", 2L), tuple("Kim Jong-un", "Kim_Jong_Un", 2L));
    }

    @Test
    void aLinkedSurnameGoesToItsLinkWhereTheSurnameAloneIsAmbiguous() {
        Doc both = ActorDocs.article("c1", "2016-05-01", "Hillary Clinton and Bill Clinton campaigned.")
                .person("e1", "Hillary Clinton").link("e1", "Hillary_Clinton")
                .person("e2", "Bill Clinton").link("e2", "Bill_Clinton")
                .build();
        Doc surname = ActorDocs.article("c2", "2016-05-02", "Clinton spoke.")
                .person("e1", "Clinton").link("e1", "Hillary_Clinton")
                .build();
        ArticleStore store = storeOf(both, surname);

        assertThat(actors(store)).extracting(ActorSummary::name, ActorSummary::link, ActorSummary::articles)
                .containsExactly(tuple("Hillary Clinton", "Hillary_Clinton", 2L), tuple("Bill Clinton", "Bill_Clinton", 1L));
    }
}
