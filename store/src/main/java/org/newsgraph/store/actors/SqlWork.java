package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of JDBC work on the store's connection, run inside a transaction that the caller owns.
 *
 * @param <T> what it returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
