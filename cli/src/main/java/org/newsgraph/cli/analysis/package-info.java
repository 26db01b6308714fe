/**
 * One input's way through analysis, shared by {@code analyze}, {@code ingest} and {@code watch}: the
 * input as it stands ({@link org.newsgraph.cli.analysis.Pending}: to analyse, already stored, or
 * unreadable), the analysis with its per-article failure policy
 * ({@link org.newsgraph.cli.analysis.Analysis}), and what came of it
 * ({@link org.newsgraph.cli.analysis.Analysed}).
 */
@NullMarked
package org.newsgraph.cli.analysis;

import org.jspecify.annotations.NullMarked;
