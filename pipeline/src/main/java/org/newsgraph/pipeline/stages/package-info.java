/**
 * The stages of newsgraph's own analysis layer, above CoreNLP: language identification, news-specific
 * mention correction, entity consolidation, roles, temporal normalisation and quantities. Each stage
 * is a small final class, stateless after construction and thread-safe.
 */
@NullMarked
package org.newsgraph.pipeline.stages;

import org.jspecify.annotations.NullMarked;
