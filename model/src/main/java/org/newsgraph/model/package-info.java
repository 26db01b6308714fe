/**
 * The document model: immutable records of one analysed news article (tokens, sentences,
 * mentions, entities, roles, attributions, events, quantities, temporal expressions). Offsets
 * are UTF-16 code-unit indices into {@link org.newsgraph.model.Article#text()}, end exclusive.
 * Records validate their invariants in compact constructors and copy their lists.
 */
@NullMarked
package org.newsgraph.model;

import org.jspecify.annotations.NullMarked;
