package org.newsgraph.store.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.TestH2;

/** Actors by link on an embedded H2 database in a fresh directory for each store. */
class H2ActorLinksTest extends ActorLinksContract {

    @TempDir
    Path directory;

    private int stores;

    @Override
    ArticleStore openEmpty() {
        return TestH2.open(directory.resolve("store" + stores++));
    }

    @Test
    void entitiesLinkedAgainFromTheirRowsKeepTheirLinks() throws SQLException {
        Path db = directory.resolve("unlinked");
        try (ArticleStore store = TestH2.open(db)) {
            store.store(ARRIVAL);
            store.store(VISIT);
        }
        try (Connection connection = TestH2.connect(db); Statement statement = connection.createStatement()) {
            for (String table : new String[] {"entity_actors", "actor_surnames", "actor_keys", "actor_links", "actors"}) {
                statement.execute("DELETE FROM " + table);
            }
        }
        try (ArticleStore store = TestH2.open(db)) {
            assertThat(store.actors().linkUnlinked()).isEqualTo(4);
            assertThat(store.actors().top(null, 10))
                    .extracting(ActorSummary::name, ActorSummary::link, ActorSummary::articles)
                    .containsExactly(tuple("Kim Jong-un", "Kim_Jong_Un", 2L), tuple("Kremlin", "Moscow_Kremlin", 2L));
        }
    }
}
