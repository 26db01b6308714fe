/**
 * The parts of {@code newsgraph ingest} below the command: what happens to each input (checked
 * against the store, analysed, stored), the tally of outcomes, and the progress shown meanwhile (a
 * bar on a terminal, plain lines otherwise).
 */
@NullMarked
package org.newsgraph.cli.ingest;

import org.jspecify.annotations.NullMarked;
