/**
 * The JDBC implementation of the article store, shared by H2 and PostgreSQL: one schema (the
 * Flyway migrations under {@code org/newsgraph/store/migration}), plain {@code PreparedStatement}s,
 * and {@code SQLException}s turned into {@link org.newsgraph.store.StoreException}s here, at the
 * edge. {@link org.newsgraph.store.jdbc.JdbcArticleStore} answers the store's calls;
 * {@code StoreConnection} runs each as a transaction on the one connection and connects again when it
 * is lost; {@code ArticleVersions} and {@code DocumentRows} write a version and its rows.
 */
@NullMarked
package org.newsgraph.store.jdbc;

import org.jspecify.annotations.NullMarked;
