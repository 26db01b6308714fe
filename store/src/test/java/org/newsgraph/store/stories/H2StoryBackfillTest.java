package org.newsgraph.store.stories;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** The story backfill contract on an embedded H2 database in a fresh directory. */
class H2StoryBackfillTest extends StoryBackfillContract {

    @TempDir
    Path directory;

    @Override
    ArticleStore openEmpty() {
        return Stores.open(directory.resolve("db").toString());
    }

    @Override
    ArticleStore reopen() {
        return Stores.open(directory.resolve("db").toString());
    }

    @Override
    Connection connect() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + directory.resolve("db").toAbsolutePath().resolve("newsgraph")
                + ";AUTO_SERVER=TRUE");
        return h2.getConnection();
    }
}
