/**
 * The ECB+ corpus (Cybulska and Vossen 2014) as a gold standard for event-trigger detection: {@link
 * org.newsgraph.eval.ecbplus.EcbplusReader} reads its CAT-format XML files (tokens with sentence numbers,
 * stand-off markables anchored to token ids) into {@link org.newsgraph.eval.ecbplus.EcbDocument}s with a
 * text rebuilt from the tokens; {@link org.newsgraph.eval.ecbplus.SentenceSelection} reads the list of
 * sentences the corpus authors annotated with care; {@link org.newsgraph.eval.ecbplus.TriggerScorer}
 * scores predicted trigger spans against the gold {@code ACTION_*} and {@code NEG_ACTION_*} mentions and
 * {@link org.newsgraph.eval.ecbplus.CrossDocScorer} predicted cross-document clusters against the gold chains.
 * The runs: {@link org.newsgraph.eval.ecbplus.TriggerRun} (trigger detection) and
 * {@link org.newsgraph.eval.ecbplus.CrossDocRun} (each topic stored, its stories read from the store or from
 * the export's JSON lines), with their reports.
 */
@NullMarked
package org.newsgraph.eval.ecbplus;

import org.jspecify.annotations.NullMarked;
