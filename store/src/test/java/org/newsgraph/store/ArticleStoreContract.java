package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.Doc;

/**
 * What every {@link ArticleStore} must do, run against each database by a subclass that says how to
 * open an empty store and how to open the same one again.
 */
abstract class ArticleStoreContract {

    private static final StoreCounts ONE_MEETING = new StoreCounts(1, 1, 2, 3, 1, 1, 1, 1);
    private static final StoreCounts EMPTY = new StoreCounts(0, 0, 0, 0, 0, 0, 0, 0);

    private final List<ArticleStore> opened = new ArrayList<>();

    /** A store over an empty database (migrated on open). */
    abstract ArticleStore openEmpty();

    /** Another store over the database of the last {@link #openEmpty}. */
    abstract ArticleStore reopen();

    private ArticleStore store() {
        return track(openEmpty());
    }

    private ArticleStore track(ArticleStore store) {
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(ArticleStore::close);
    }

    @Test
    void storesANewArticleWithEverythingFoundInIt() {
        ArticleStore store = store();
        Doc doc = TestDocs.meeting("lyon-1");

        Stored stored = store.store(doc);

        assertThat(stored).isEqualTo(new Stored(ArticleKey.of(doc.article()), 1, Stored.Outcome.NEW_ARTICLE));
        assertThat(store.counts()).isEqualTo(ONE_MEETING);
        assertThat(store.keys()).containsExactly(ArticleKey.of(doc.article()));
        assertThat(store.contains(ArticleKey.of(doc.article()))).isTrue();
    }

    @Test
    void theChangeMarkRisesWithEachNewVersionAndCorrectionAndNotWithReadsOrUnchangedArticles() {
        ArticleStore store = store();
        long empty = store.changes();

        store.store(TestDocs.meeting("lyon-1"));
        long stored = store.changes();
        store.store(TestDocs.meeting("lyon-1"));
        store.actors().top(null, 10);
        store.network().network(new org.newsgraph.store.network.NetworkFilter(null, null, null, null, 2));
        long read = store.forQuestions().changes();
        store.store(TestDocs.meeting("lyon-1", " The council votes in May."));
        long versioned = store.changes();
        long[] ids = store.actors().top(null, 2).stream().mapToLong(a -> a.id()).toArray();
        store.actors().merge(ids[0], ids[1]);
        long merged = store.changes();

        assertThat(new long[] {empty, stored, read, versioned, merged}).containsExactly(0, 1, 1, 2, 3);
        assertThat(track(reopen()).changes()).isEqualTo(3);
    }

    @Test
    void questionsAskedAtOnceThroughTheQuestionViewGetTheStoresAnswers() throws Exception {
        ArticleStore store = store();
        store.store(TestDocs.meeting("lyon-1"));
        store.store(TestDocs.meeting("lyon-2", " The council votes in May."));
        ArticleStore questions = store.forQuestions();
        var expected = store.actors().top(null, 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<org.newsgraph.store.actors.ActorSummary>>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> questions.actors().top(null, 10)));
            }
            for (Future<List<org.newsgraph.store.actors.ActorSummary>> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(questions.readOnly()).isTrue();
        assertThat(questions.forQuestions()).isSameAs(questions);
        assertThat(questions.counts()).isEqualTo(store.counts());
        assertThatThrownBy(() -> questions.store(TestDocs.meeting("lyon-3")))
                .isInstanceOf(StoreException.class).hasMessageEndingWith("only reads");
        assertThat(store.keys()).hasSize(2);
    }

    @Test
    void theSameArticleTwiceIsStoredOnce() {
        ArticleStore store = store();
        Doc doc = TestDocs.meeting("lyon-1");
        store.store(doc);

        Stored again = store.store(doc);

        assertThat(again.outcome()).isEqualTo(Stored.Outcome.UNCHANGED);
        assertThat(again.version()).isEqualTo(1);
        assertThat(store.counts()).isEqualTo(ONE_MEETING);
    }

    @Test
    void aChangedTextIsANewLatestVersionAndTheOldOneIsKept() {
        ArticleStore store = store();
        Doc first = TestDocs.meeting("lyon-1");
        Doc second = TestDocs.meeting("lyon-1", " The council votes in May.");
        store.store(first);

        Stored stored = store.store(second);

        assertThat(stored).isEqualTo(new Stored(ArticleKey.of(second.article()), 2, Stored.Outcome.NEW_VERSION));
        assertThat(store.versions("lyon-1")).extracting(StoredVersion::key, StoredVersion::version,
                StoredVersion::latest).containsExactly(
                        tuple(ArticleKey.of(first.article()), 1, false),
                        tuple(ArticleKey.of(second.article()), 2, true));
        assertThat(store.findLatest("lyon-1")).map(StoredVersion::version).contains(2);
        assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 4, 6, 2, 2, 2, 2));
    }

    @Test
    void anEarlierTextAgainChangesNothing() {
        ArticleStore store = store();
        Doc first = TestDocs.meeting("lyon-1");
        store.store(first);
        store.store(TestDocs.meeting("lyon-1", " The council votes in May."));

        Stored again = store.store(first);

        assertThat(again).isEqualTo(new Stored(ArticleKey.of(first.article()), 1, Stored.Outcome.UNCHANGED));
        assertThat(store.findLatest("lyon-1")).map(StoredVersion::version).contains(2);
        assertThat(store.counts().versions()).isEqualTo(2);
    }

    @Test
    void theSameTextUnderAnotherIdIsAnotherArticle() {
        ArticleStore store = store();
        store.store(TestDocs.meeting("lyon-1"));

        Stored copy = store.store(TestDocs.meeting("lyon-copy"));

        assertThat(copy.outcome()).isEqualTo(Stored.Outcome.NEW_ARTICLE);
        assertThat(store.keys()).extracting(ArticleKey::id).containsExactly("lyon-1", "lyon-copy");
    }

    @Test
    void aDocumentThatFailsHalfWayLeavesNothingBehind() {
        ArticleStore store = store();

        assertThatThrownBy(() -> store.store(TestDocs.withDuplicateEntityIds("lyon-1", "")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isDataError()).isTrue())
                .hasMessageStartingWith("cannot store lyon-1: ");

        assertThat(store.counts()).isEqualTo(EMPTY);
        assertThat(store.store(TestDocs.meeting("lyon-1")).outcome()).isEqualTo(Stored.Outcome.NEW_ARTICLE);
        assertThat(store.counts()).isEqualTo(ONE_MEETING);
    }

    @Test
    void aNewVersionThatFailsKeepsTheOldOneLatest() {
        ArticleStore store = store();
        Doc first = TestDocs.meeting("lyon-1");
        store.store(first);

        assertThatThrownBy(() -> store.store(TestDocs.withDuplicateEntityIds("lyon-1", " Later.")))
                .isInstanceOf(StoreException.class);

        assertThat(store.versions("lyon-1")).extracting(StoredVersion::version, StoredVersion::latest)
                .containsExactly(tuple(1, true));
        assertThat(store.counts()).isEqualTo(ONE_MEETING);
    }

    @Test
    void theDocumentJsonComesBackAsWritten() throws Exception {
        ArticleStore store = store();
        Doc doc = TestDocs.meeting("lyon-1");
        store.store(doc);

        String document = store.findLatest("lyon-1").orElseThrow().document();

        JsonNode read = new ObjectMapper().readTree(document);
        assertThat(read).isEqualTo(DocumentJson.toJson(doc));
        assertThat(read.get("text").asText()).isEqualTo(TestDocs.TEXT);
        assertThat(read.get("entities").get(0).get("roles").get(0).get("title").asText()).isEqualTo("Mayor");
    }

    @Test
    void nothingIsFoundForAnUnknownId() {
        ArticleStore store = store();
        store.store(TestDocs.meeting("lyon-1"));

        assertThat(store.findLatest("paris-1")).isEmpty();
        assertThat(store.versions("paris-1")).isEmpty();
        assertThat(store.contains(new ArticleKey("paris-1", ArticleKey.sha256(TestDocs.TEXT)))).isFalse();
    }

    @Test
    void aReopenedStoreHasWhatWasStoredAndMigratesNothingTwice() {
        ArticleStore store = store();
        Doc doc = TestDocs.meeting("lyon-1");
        store.store(doc);
        store.close();

        ArticleStore again = track(reopen());

        assertThat(again.keys()).containsExactly(ArticleKey.of(doc.article()));
        assertThat(again.store(doc).outcome()).isEqualTo(Stored.Outcome.UNCHANGED);
    }

    @Test
    void twoWritersStoringTheSameArticlesStoreEachOnce() throws Exception {
        ArticleStore one = store();
        ArticleStore two = track(reopen());
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            docs.add(TestDocs.meeting("lyon-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Stored>> a = pool.submit(() -> docs.stream().map(one::store).toList());
            Future<List<Stored>> b = pool.submit(() -> docs.stream().map(two::store).toList());
            List<Stored> all = new ArrayList<>(a.get());
            all.addAll(b.get());

            assertThat(all).filteredOn(s -> s.outcome() == Stored.Outcome.NEW_ARTICLE).hasSize(20);
            assertThat(all).filteredOn(s -> s.outcome() == Stored.Outcome.UNCHANGED).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
        assertThat(one.counts()).isEqualTo(new StoreCounts(20, 20, 40, 60, 20, 20, 20, 20));
    }

    @Test
    void aClosedStoreSaysSo() {
        ArticleStore store = store();
        store.close();

        assertThatThrownBy(store::counts).isInstanceOf(StoreException.class).hasMessageEndingWith("is closed");
    }
}
