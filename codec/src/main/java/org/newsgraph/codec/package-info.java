/**
 * The {@code newsgraph/document@1} JSON of an analysed article, the one codec every module shares:
 * {@link org.newsgraph.codec.DocumentJson} builds it from a {@link org.newsgraph.model.Doc} (the
 * contract is the schema resource {@code org/newsgraph/codec/document.schema.json}),
 * {@link org.newsgraph.codec.DocumentReader} reads it back into a {@code Doc} (without the tokens and
 * sentences it does not hold) and fails with a {@link org.newsgraph.codec.DocumentFormatException}.
 * Depends on model and Jackson only, so that the store and the Spark job read documents without
 * io's HTML, feed and WARC libraries.
 */
@NullMarked
package org.newsgraph.codec;

import org.jspecify.annotations.NullMarked;
