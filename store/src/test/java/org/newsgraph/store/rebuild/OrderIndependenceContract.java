package org.newsgraph.store.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleStore;

/**
 * The same articles stored in two orders, and with an interruption (the store closed after some and
 * reopened), give other actors and stories as stored; rebuilt, they give the same ones, those of the
 * canonical order ({@link OrderDocs}). Run by a subclass that says how to open a store.
 */
abstract class OrderIndependenceContract {

    /** The results of the canonical order, which every order gives after a rebuild. */
    static final Snapshot CANONICAL = new Snapshot(
            List.of("GPE Easton [south/Easton]",
                    "GPE Norland [both/Norland, north/Norland]",
                    "GPE Riverton [north/Riverton]",
                    "GPE Sudland [both/Sudland, south/Sudland]",
                    "PERSON Bill Clinton [b1/Bill Clinton, c2/Clinton]",
                    "PERSON Clinton [c1/Clinton]",
                    "PERSON Clinton [c3/Clinton]",
                    "PERSON Hillary Clinton [h1/Hillary Clinton]"),
            List.of("[both/v1, north/v1, south/v1]"),
            List.of("wire2 -> wire1"));

    private final List<ArticleStore> opened = new ArrayList<>();

    /** A store over an empty database. */
    abstract ArticleStore openEmpty();

    /** Another store over the database of the last {@link #openEmpty}. */
    abstract ArticleStore reopen();

    @AfterEach
    void closeStores() {
        opened.forEach(ArticleStore::close);
    }

    private ArticleStore track(ArticleStore store) {
        opened.add(store);
        return store;
    }

    private ArticleStore storeInOrder(List<Doc> docs) {
        ArticleStore store = track(openEmpty());
        docs.forEach(store::store);
        return store;
    }

    private static List<Doc> reversed() {
        List<Doc> docs = new ArrayList<>(OrderDocs.all());
        java.util.Collections.reverse(docs);
        return docs;
    }

    /**
     * North and south before both (the attacks that share no actor first: two stories, and both
     * joins one of them), c2 and h1 before b1, wire2 before wire1.
     */
    private static List<Doc> shuffled() {
        List<Doc> all = OrderDocs.all();
        return List.of(all.get(5), all.get(2), all.get(7), all.get(9), all.get(3), all.get(6), all.get(0),
                all.get(1), all.get(8), all.get(4));
    }

    @Test
    void storedInCanonicalOrderTheResultsAreTheCanonicalOnes() {
        ArticleStore store = storeInOrder(OrderDocs.all());

        assertThat(Snapshot.of(store)).isEqualTo(CANONICAL);
    }

    @Test
    void storedInReverseOrderTheResultsDifferUntilRebuilt() {
        ArticleStore store = storeInOrder(reversed());

        Snapshot stored = Snapshot.of(store);
        assertThat(stored.actors()).contains("PERSON Hillary Clinton [c2/Clinton, h1/Hillary Clinton]");
        assertThat(stored.stories()).containsExactly("[both/v1, north/v1, south/v1]");
        assertThat(stored.copies()).containsExactly("wire1 -> wire2");

        Rebuilt rebuilt = store.rebuild(false, (done, total) -> { });

        assertThat(rebuilt).isEqualTo(new Rebuilt(true, 10, 0, 8, 11, 1, 1, 0, 0));
        assertThat(Snapshot.of(store)).isEqualTo(CANONICAL);
    }

    @Test
    void anotherOrderWithAnInterruptionGivesTheCanonicalResultsWhenRebuilt() {
        List<Doc> docs = shuffled();
        ArticleStore first = openEmpty();
        docs.subList(0, 4).forEach(first::store);
        first.close();
        ArticleStore store = track(reopen());
        docs.subList(4, docs.size()).forEach(store::store);
        Snapshot stored = Snapshot.of(store);
        assertThat(stored.actors()).containsExactly(CANONICAL.actors().get(0), CANONICAL.actors().get(1),
                CANONICAL.actors().get(2), CANONICAL.actors().get(3),
                "PERSON Bill Clinton [b1/Bill Clinton]",
                "PERSON Clinton [c2/Clinton]",
                "PERSON Clinton [c3/Clinton]",
                "PERSON Hillary Clinton [c1/Clinton, h1/Hillary Clinton]");
        assertThat(stored.stories()).containsExactly("[both/v1, south/v1]", "[north/v1]");
        assertThat(stored.copies()).containsExactly("wire1 -> wire2");

        store.rebuild(false, (done, total) -> { });

        assertThat(Snapshot.of(store)).isEqualTo(CANONICAL);
    }

    @Test
    void aSecondRebuildChangesNothingAndAForcedOneGivesTheSameResults() {
        ArticleStore store = storeInOrder(reversed());
        List<Integer> progress = new ArrayList<>();
        store.rebuild(false, (done, total) -> progress.add(done));
        String documents = String.join("\n", store.events().documents(null, null, null));

        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(store.rebuild(false, (done, total) -> { }).rebuilt()).isFalse();
        assertThat(String.join("\n", store.events().documents(null, null, null))).isEqualTo(documents);

        assertThat(store.rebuild(true, (done, total) -> { }).rebuilt()).isTrue();
        assertThat(Snapshot.of(store)).isEqualTo(CANONICAL);
    }

    @Test
    void anArticleStoredAfterARebuildMakesTheNextOneRunAgain() {
        List<Doc> docs = reversed();
        ArticleStore store = storeInOrder(docs.subList(1, docs.size()));
        store.rebuild(false, (done, total) -> { });
        store.store(docs.get(0));

        Rebuilt again = store.rebuild(false, (done, total) -> { });

        assertThat(again.rebuilt()).isTrue();
        assertThat(again.versions()).isEqualTo(10);
        assertThat(Snapshot.of(store)).isEqualTo(CANONICAL);
    }
}
