/**
 * PolNeAR (Political News Attribution Relations): reading its brat standoff annotation and scoring
 * newsgraph's attributions against it, span by span (source, cue, content; exact and overlap) and
 * relation by relation ({@link org.newsgraph.eval.polnear.AttributionScorer}); the run of
 * {@code eval polnear} over a split ({@link org.newsgraph.eval.polnear.PolnearRun}, several articles at
 * once) and its report ({@link org.newsgraph.eval.polnear.PolnearReport}).
 */
@NullMarked
package org.newsgraph.eval.polnear;

import org.jspecify.annotations.NullMarked;
