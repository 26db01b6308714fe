/**
 * Entity linking to English Wikipedia: a compact alias index (normalised alias to its best
 * Wikipedia titles with prior scores), built once from an alias table such as CoreNLP's WikiDict
 * and memory-mapped afterwards, and the {@link org.newsgraph.pipeline.link.EntityLinker} stage that
 * decides, per entity, a link or none. The stage is stateless after construction and thread-safe.
 */
@NullMarked
package org.newsgraph.pipeline.link;

import org.jspecify.annotations.NullMarked;
