/**
 * The parts of {@code newsgraph ingest} below the command: storing what the analysis step
 * ({@code org.newsgraph.cli.analysis}) made of each input, the tally of outcomes, and the progress shown meanwhile (a
 * bar on a terminal, plain lines otherwise).
 */
@NullMarked
package org.newsgraph.cli.ingest;

import org.jspecify.annotations.NullMarked;
