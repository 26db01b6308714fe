/**
 * Scorers that know nothing of any corpus or NLP tool: a {@link org.newsgraph.eval.score.Partition}
 * of mention keys for the gold (key) and system (response) sides, the coreference metrics of the
 * CoNLL-2012 reference scorer (v8.01) and mention detection by exact key or by a one-to-one
 * alignment. Every result is a {@link org.newsgraph.eval.score.Score} of numerators and denominators,
 * so scores over a corpus are sums of per-document scores, as the reference scorer computes them.
 */
@NullMarked
package org.newsgraph.eval.score;

import org.jspecify.annotations.NullMarked;
