/**
 * The GUM corpus (Georgetown University Multilayer corpus; Zeldes 2017) as gold standard: {@link
 * org.newsgraph.eval.gum.GumReader} reads its CoNLL-U files ({@code dep/*.conllu}, whose MISC column
 * carries the entity and coreference annotation in the CorefUD bracket format) into {@link
 * org.newsgraph.eval.gum.GumDocument}s with a reconstructed plain text and character offsets, and
 * {@link org.newsgraph.eval.gum.GumEvaluation} scores an analysed {@link org.newsgraph.model.Doc} of
 * that text against them; {@link org.newsgraph.eval.gum.GumRun} analyses and scores a whole folder and
 * {@link org.newsgraph.eval.gum.GumReport} prints the figures.
 */
@NullMarked
package org.newsgraph.eval.gum;

import org.jspecify.annotations.NullMarked;
