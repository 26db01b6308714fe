/**
 * The cross-article tables of a job's documents ({@code actors}, {@code near_duplicates},
 * {@code copies}, {@code stories}), made with the store's own decisions: name keys and surname rules
 * ({@link org.newsgraph.store.actors.ActorLinking}), MinHash signatures and bands
 * ({@link org.newsgraph.store.dedup.MinHash}) and story similarity
 * ({@link org.newsgraph.store.stories.StoryMatch}). The work per document (reading its JSON, parsing
 * names, signatures, event features) and the banded join of signatures run on the executors; the
 * decisions that depend on the ones before them run once, on the driver, in the store's canonical
 * order, so the tables are those a store gives after {@code rebuild}.
 */
@NullMarked
package org.newsgraph.spark.corpus;

import org.jspecify.annotations.NullMarked;
