/**
 * Evaluation of newsgraph against annotated corpora. {@link org.newsgraph.eval.score} holds the
 * corpus-independent scorers (mention detection, MUC, B³, CEAF-e, CoNLL F1) over generic clusters of
 * mention keys; {@link org.newsgraph.eval.run} the one corpus-run loop (read, analyse, count a failure,
 * score); {@link org.newsgraph.eval.gum}, {@link org.newsgraph.eval.ecbplus}, {@link org.newsgraph.eval.polnear}
 * and {@link org.newsgraph.eval.html} read their corpus, score an analysed document against it, run
 * over the corpus and report the figures; the cli's eval commands only parse options and hand in the
 * analysis.
 */
@NullMarked
package org.newsgraph.eval;

import org.jspecify.annotations.NullMarked;
