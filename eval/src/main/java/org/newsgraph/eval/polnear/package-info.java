/**
 * PolNeAR (Political News Attribution Relations): reading its brat standoff annotation and scoring
 * newsgraph's attributions against it, span by span (source, cue, content; exact and overlap) and
 * relation by relation.
 */
@NullMarked
package org.newsgraph.eval.polnear;

import org.jspecify.annotations.NullMarked;
