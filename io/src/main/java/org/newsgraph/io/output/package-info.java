/**
 * Writing analysed documents: {@link org.newsgraph.io.output.DocumentJson} builds the
 * {@code newsgraph/document@1} JSON of a {@link org.newsgraph.model.Doc} (the contract is the schema
 * resource {@code org/newsgraph/io/document.schema.json}); {@link org.newsgraph.io.output.DocumentWriter}s
 * write documents as JSON Lines, pretty JSON or a readable text summary;
 * {@link org.newsgraph.io.output.DocumentReader} reads that JSON back into a {@code Doc} (without the
 * tokens and sentences it does not hold).
 */
@NullMarked
package org.newsgraph.io.output;

import org.jspecify.annotations.NullMarked;
