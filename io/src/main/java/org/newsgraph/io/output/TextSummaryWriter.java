package org.newsgraph.io.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.newsgraph.model.Doc;

/** Writes each document's {@link TextSummary}, with a blank line between documents. */
public final class TextSummaryWriter implements DocumentWriter {

    private final Writer out;
    private boolean first = true;

    public TextSummaryWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(Doc doc) throws IOException {
        if (!first) {
            out.write('\n');
        }
        first = false;
        out.write(TextSummary.render(doc));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
