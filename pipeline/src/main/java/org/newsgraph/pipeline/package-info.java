/**
 * The analysis pipeline: {@link org.newsgraph.pipeline.Stage}s that each take a
 * {@link org.newsgraph.model.Doc} and return a richer one, and {@link org.newsgraph.pipeline.Pipeline},
 * which checks at build time that every stage's requirements are provided by an earlier stage.
 * {@link org.newsgraph.pipeline.Analyzer} is the ready-made pipeline most callers want.
 */
@NullMarked
package org.newsgraph.pipeline;

import org.jspecify.annotations.NullMarked;
