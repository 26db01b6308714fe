/**
 * Writing analysed documents: {@link org.newsgraph.io.output.DocumentWriter}s write them as JSON
 * Lines or pretty JSON (the {@code newsgraph/document@1} JSON of {@link org.newsgraph.codec.DocumentJson})
 * or as a readable text summary; {@link org.newsgraph.io.output.EventCsvWriter} and
 * {@link org.newsgraph.io.output.EventTable} write their events as rows.
 */
@NullMarked
package org.newsgraph.io.output;

import org.jspecify.annotations.NullMarked;
