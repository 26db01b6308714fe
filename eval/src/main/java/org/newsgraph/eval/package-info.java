/**
 * Evaluation of newsgraph against annotated corpora. {@link org.newsgraph.eval.score} holds the
 * corpus-independent scorers (mention detection, MUC, B³, CEAF-e, CoNLL F1) over generic clusters of
 * mention keys; {@link org.newsgraph.eval.gum} reads the GUM corpus and scores an analysed document
 * against it.
 */
@NullMarked
package org.newsgraph.eval;

import org.jspecify.annotations.NullMarked;
