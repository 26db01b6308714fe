package org.newsgraph.store.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestH2;

/** The actor contract on an embedded H2 database in a fresh directory. */
class H2ActorIndexTest extends ActorIndexContract {

    @TempDir
    Path directory;

    @Override
    ArticleStore openEmpty() {
        return TestH2.open(directory);
    }

    @Override
    ArticleStore reopen() {
        return TestH2.open(directory);
    }

    @Test
    void entitiesStoredBeforeLinkingExistedAreLinkedOnceWhenAsked() throws SQLException {
        try (ArticleStore store = openEmpty()) {
            store.store(ARRIVAL);
            store.store(DEPARTURE);
        }
        try (Connection connection = TestH2.connect(directory); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM entity_actors");
            statement.execute("DELETE FROM actor_surnames");
            statement.execute("DELETE FROM actor_keys");
            statement.execute("DELETE FROM actors");
        }
        try (ArticleStore store = reopen()) {
            assertThat(store.actors().top(null, 10)).isEmpty();

            assertThat(store.actors().linkUnlinked()).isEqualTo(7);
            assertThat(store.actors().linkUnlinked()).isZero();
            assertThat(store.actors().top(EntityType.PERSON, 10))
                    .extracting(ActorSummary::name, ActorSummary::articles, ActorSummary::mentions)
                    .containsExactly(tuple("Kim Jong Un", 2L, 5L), tuple("Vladimir Putin", 2L, 2L),
                            tuple("Choe Son-hui", 1L, 1L));
        }
    }
}
