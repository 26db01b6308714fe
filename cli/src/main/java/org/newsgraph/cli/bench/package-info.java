/**
 * The parts of {@code newsgraph bench}: the corpus of text files, the timed runs over a thread
 * pool, the heap meter, and the report in text or JSON. Nothing here knows which analyser it
 * measures: each is a {@link org.newsgraph.cli.bench.TokenCounter}.
 */
@NullMarked
package org.newsgraph.cli.bench;

import org.jspecify.annotations.NullMarked;
