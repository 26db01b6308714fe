package org.newsgraph.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 store the store tests use: a database in {@code directory/db}, opened as
 * {@code newsgraph --db} opens it, and a plain JDBC connection to the same file beside the store (auto-server
 * mode), for tests that change rows by hand.
 */
public final class TestH2 {

    private TestH2() {
    }

    /** Opens (creating if needed) the store in {@code directory}. */
    public static ArticleStore open(Path directory) {
        return Stores.open(directory.resolve("db").toString());
    }

    /** A connection to the database of {@link #open}, usable while a store has it open. */
    public static Connection connect(Path directory) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + directory.resolve("db").toAbsolutePath().resolve("newsgraph") + ";AUTO_SERVER=TRUE");
        return h2.getConnection();
    }
}
