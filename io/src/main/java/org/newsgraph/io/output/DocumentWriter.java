package org.newsgraph.io.output;

import java.io.IOException;
import org.newsgraph.model.Doc;

/**
 * Writes analysed documents, one after another, to a {@link java.io.Writer} the caller owns (and
 * closes). Not thread-safe: write from one thread, in the order documents should appear.
 */
public interface DocumentWriter {

    void write(Doc doc) throws IOException;

    /** Flushes the underlying writer. */
    void flush() throws IOException;
}
