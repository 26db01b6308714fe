package org.newsgraph.io.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.Doc;

/**
 * Writes each document as an indented JSON object. Several documents follow one another as a
 * stream of JSON values separated by a newline (as {@code jq} prints them), not as an array, so
 * that one document gives exactly one object.
 */
public final class PrettyJsonWriter implements DocumentWriter {

    private static final ObjectWriter PRETTY = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Writer out;

    public PrettyJsonWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(Doc doc) throws IOException {
        out.write(PRETTY.writeValueAsString(DocumentJson.toJson(doc)));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
