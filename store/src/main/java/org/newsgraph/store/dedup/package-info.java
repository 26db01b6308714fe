/**
 * Near-duplicate articles (wire copies, light rewrites): MinHash signatures over word shingles,
 * found by LSH banding through an indexed band table, so that a new article is compared only with
 * the stored articles that share a band with it.
 */
@NullMarked
package org.newsgraph.store.dedup;

import org.jspecify.annotations.NullMarked;
