/**
 * The corpus-run loop every evaluation shares: {@link org.newsgraph.eval.run.CorpusRun} reads each gold
 * document's input, analyses it, counts a document the analysis fails on and hands the scorer either
 * the analysis or nothing, so that the gold of a failed document stays in the denominators. It analyses
 * one document at a time or several at once, and scores them in list order either way.
 */
@NullMarked
package org.newsgraph.eval.run;

import org.jspecify.annotations.NullMarked;
