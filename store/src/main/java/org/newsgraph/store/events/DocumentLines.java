package org.newsgraph.store.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Objects;
import org.newsgraph.codec.DocumentFormatException;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.model.Doc;
import org.newsgraph.store.StoreException;

/**
 * The JSON lines of {@code newsgraph export --format jsonl}: each stored document (as
 * {@link EventIndex#documents} returns them, with the corpus-wide ids the store assigned) as one
 * {@code newsgraph/document@1} JSON object on one line, and those lines read back into the analysed
 * document and its ids. Stateless.
 */
public final class DocumentLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentLines() {
    }

    /**
     * A document read from a line: the analysed document and the corpus-wide ids it carries.
     *
     * @param doc the analysed document
     * @param ids its entities' actor ids and its events' story ids
     */
    public record Exported(Doc doc, StoredIds ids) {
        public Exported {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(ids, "ids");
        }
    }

    /**
     * Appends a stored document to {@code out} as one line (ended with the platform's line separator).
     *
     * @throws StoreException if the stored document is no JSON
     */
    public static void write(Appendable out, String document) throws IOException {
        Objects.requireNonNull(document, "document");
        String line;
        try {
            line = JSON.readTree(document).toString();
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored document is no JSON: " + e.getMessage(), e);
        }
        out.append(line).append(System.lineSeparator());
    }

    /**
     * Reads one exported line.
     *
     * @throws DocumentFormatException if it is no {@code newsgraph/document@1} JSON
     */
    public static Exported read(String line) {
        Doc doc = DocumentReader.read(line);
        return new Exported(doc, StoredIds.read(line));
    }
}
