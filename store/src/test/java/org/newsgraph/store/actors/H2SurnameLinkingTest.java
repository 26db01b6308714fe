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

/** Surname linking on an embedded H2 database in a fresh directory. */
class H2SurnameLinkingTest extends SurnameLinkingContract {

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
    void actorsCreatedBeforeSurnameLinkingExistedAreIndexedWhenTheStoreOpens() throws SQLException {
        try (ArticleStore store = openEmpty()) {
            store.store(HILLARY);
        }
        try (Connection connection = TestH2.connect(directory); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM actor_surnames");
        }
        ArticleStore store = track(reopen());
        store.store(alone("c1", "2016-10-02", "Clinton spoke.", "Clinton"));

        assertThat(store.actors().indexSurnames()).isZero();
        assertThat(store.actors().top(EntityType.PERSON, 10))
                .extracting(ActorSummary::name, ActorSummary::articles)
                .containsExactly(tuple("Hillary Clinton", 2L));
    }
}
