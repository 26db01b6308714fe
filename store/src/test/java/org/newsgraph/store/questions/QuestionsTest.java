package org.newsgraph.store.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestH2;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.dedup.ArticleSummary;
import org.newsgraph.store.events.EventDocs;
import org.newsgraph.store.events.StoredEvent;

/**
 * The question layer the server and the command line share, over an H2 store with two hand-built
 * articles: how a typed actor becomes an actor (or is refused), and how date filters are checked.
 */
class QuestionsTest {

    @TempDir
    Path directory;

    private ArticleStore store;
    private Questions questions;

    @BeforeEach
    void storeBoth() {
        store = TestH2.open(directory);
        store.store(EventDocs.summit());
        store.store(EventDocs.visit());
        questions = new Questions(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTypedActorIsItsBestMatchWithTheOthersBesideIt() {
        ActorMatch putin = questions.actor("Putin");
        assertThat(putin.profile().actor().name()).isEqualTo("Vladimir Putin");
        assertThat(putin.profile().actor().articles()).isEqualTo(2);
        assertThat(putin.otherMatches()).isEmpty();

        long id = putin.profile().actor().id();
        assertThat(questions.actorId("#" + id)).isEqualTo(id);
        assertThat(questions.actorId("Vladimir Putin")).isEqualTo(id);
        assertThat(questions.actor(String.valueOf(id)).profile().actor().name()).isEqualTo("Vladimir Putin");
    }

    @Test
    void anActorNoStoredNameMatchesIsRefusedByEveryQuestionThatTakesOne() {
        assertThatThrownBy(() -> questions.actor("Angela Merkel"))
                .isInstanceOf(UnknownActorException.class).hasMessage("no actor matches 'Angela Merkel'");
        assertThatThrownBy(() -> questions.events(new EventQuery(null, "Merkel", null, null, null, 10)))
                .isInstanceOf(UnknownActorException.class).hasMessage("no actor matches 'Merkel'");
        assertThatThrownBy(() -> questions.quotes("Merkel", null, null, 10))
                .isInstanceOf(UnknownActorException.class);
        assertThatThrownBy(() -> questions.stories(null, "Merkel", null, null, 10, 0))
                .isInstanceOf(UnknownActorException.class);
        assertThatThrownBy(() -> questions.conflicts(null, "Merkel", null, 10))
                .isInstanceOf(UnknownActorException.class);
        assertThatThrownBy(() -> questions.repeatedClaims("Merkel", 10))
                .isInstanceOf(UnknownActorException.class);
        assertThatThrownBy(() -> questions.actorId("#999999"))
                .isInstanceOf(UnknownActorException.class).hasMessage("no actor matches '#999999'");
    }

    @Test
    void eventsOfAnActorNamedByPartOfItsName() {
        assertThat(questions.events(new EventQuery(null, "Putin", null, null, null, 10)))
                .extracting(StoredEvent::articleId, StoredEvent::trigger)
                .containsExactly(tuple("w2", "visit"), tuple("w1", "met"));
        assertThat(questions.events(new EventQuery("assault", null, "2023-09", "2023-09-11", null, 10)))
                .extracting(StoredEvent::trigger).containsExactly("attacked");
    }

    @Test
    void malformedDatesAreRefusedNamingTheFilter() {
        assertThatThrownBy(() -> new EventQuery(null, null, "2023-9", null, null, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must be a date such as 2023, 2023-09 or 2023-09-12: 2023-9");
        assertThatThrownBy(() -> new EventQuery(null, null, null, "2023-02-30", null, 10))
                .hasMessage("to must be a date such as 2023, 2023-09 or 2023-09-12: 2023-02-30");
        assertThatThrownBy(() -> questions.stories(null, null, "yesterday", null, 10, 0))
                .hasMessage("since must be a date such as 2023, 2023-09 or 2023-09-12: yesterday");
        assertThatThrownBy(() -> questions.network(null, null, null, "2023-13"))
                .hasMessage("to must be a date such as 2023, 2023-09 or 2023-09-12: 2023-13");
    }

    @Test
    void latestArticlesNewestFirstAndOnlyCopiesWhenAsked() {
        assertThat(questions.latestArticles(false, 10)).extracting(ArticleSummary::id).containsExactly("w2", "w1");
        assertThat(questions.latestArticles(false, 1)).extracting(ArticleSummary::id).containsExactly("w2");
        assertThat(questions.latestArticles(true, 10)).isEmpty();
        assertThat(questions.actors(null, "Kim", 10)).extracting(ActorSummary::name).containsExactly("Kim Jong Un");
    }
}
