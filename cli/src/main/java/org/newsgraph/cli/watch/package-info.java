/**
 * The parts of {@code newsgraph watch} below the command: polling feeds and taking their new items
 * through the same steps as ingest (checked against the store, analysed, stored).
 */
@NullMarked
package org.newsgraph.cli.watch;

import org.jspecify.annotations.NullMarked;
