/**
 * Rebuilding a store's cross-article results (actors, near-duplicates, stories, claims and
 * conflicts) from its stored documents, in one canonical order, so that they no longer depend on the
 * order, the threads or the interruptions in which the articles were stored
 * ({@link org.newsgraph.store.rebuild.Rebuild}); the order itself is
 * {@link org.newsgraph.store.rebuild.CanonicalOrder}, which the Spark corpus job follows too.
 */
@NullMarked
package org.newsgraph.store.rebuild;

import org.jspecify.annotations.NullMarked;
