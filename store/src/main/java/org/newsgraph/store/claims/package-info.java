/**
 * Attributed claims across articles (the same content from the same source: who reported it first,
 * who repeats it) and the conflicts between articles: different numbers for the same thing in one
 * story, and one source denying what another asserts. Found as each article is stored
 * ({@link org.newsgraph.store.claims.ClaimLinker}), asked through
 * {@link org.newsgraph.store.claims.ConflictIndex}.
 */
@NullMarked
package org.newsgraph.store.claims;

import org.jspecify.annotations.NullMarked;
