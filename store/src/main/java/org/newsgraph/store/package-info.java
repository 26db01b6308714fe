/**
 * The article store: analysed articles kept in a database, one row per version of each article,
 * with the document JSON and the entities, mentions, roles, attributions and events found in it.
 * {@link org.newsgraph.store.Stores#open} opens H2 (a directory) or PostgreSQL (a JDBC URL) and
 * brings the schema up to date.
 */
@NullMarked
package org.newsgraph.store;

import org.jspecify.annotations.NullMarked;
