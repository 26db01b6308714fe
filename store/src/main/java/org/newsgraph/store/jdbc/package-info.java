/**
 * The JDBC implementation of the article store, shared by H2 and PostgreSQL: one schema (the
 * Flyway migrations under {@code org/newsgraph/store/migration}), plain {@code PreparedStatement}s,
 * and {@code SQLException}s turned into {@link org.newsgraph.store.StoreException}s here, at the
 * edge.
 */
@NullMarked
package org.newsgraph.store.jdbc;

import org.jspecify.annotations.NullMarked;
