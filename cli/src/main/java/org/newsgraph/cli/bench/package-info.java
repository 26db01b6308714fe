/**
 * The parts of {@code newsgraph bench}: the corpus of text files, the timed runs over a thread
 * pool, the heap meter, and the report in text or JSON. Nothing here knows which analyser it
 * measures: each is a {@link org.newsgraph.cli.bench.TokenCounter}. And those of
 * {@code bench --ingest}: synthetic analysed articles, the store timed as it grows, and its report.
 */
@NullMarked
package org.newsgraph.cli.bench;

import org.jspecify.annotations.NullMarked;
