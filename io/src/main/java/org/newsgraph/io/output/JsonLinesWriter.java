package org.newsgraph.io.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.model.Doc;

/** Writes each document as one compact JSON object on its own line (JSON Lines, {@code \n} ends). */
public final class JsonLinesWriter implements DocumentWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;

    public JsonLinesWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(Doc doc) throws IOException {
        out.write(MAPPER.writeValueAsString(DocumentJson.toJson(doc)));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
