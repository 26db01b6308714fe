package org.newsgraph.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The document schema, loaded once, and a check that every span's text matches the document text. */
final class Schemas {

    static final JsonSchema DOCUMENT = load();

    private Schemas() {
    }

    private static JsonSchema load() {
        try (InputStream in = DocumentJson.class.getResourceAsStream(DocumentJson.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema violations, as messages; empty when valid. */
    static List<String> violations(JsonNode document) {
        List<String> messages = new ArrayList<>();
        for (ValidationMessage message : DOCUMENT.validate(document)) {
            messages.add(message.getMessage());
        }
        return messages;
    }

    /** Every {start, end, text} object in the tree whose text is not text.substring(start, end). */
    static List<String> badSpans(JsonNode document) {
        List<String> bad = new ArrayList<>();
        collectBadSpans(document, document.get("text").textValue(), bad);
        return bad;
    }

    /** How many spans the tree holds. */
    static int spanCount(JsonNode node) {
        int count = isSpan(node) ? 1 : 0;
        for (JsonNode child : node) {
            count += spanCount(child);
        }
        return count;
    }

    private static void collectBadSpans(JsonNode node, String text, List<String> bad) {
        if (isSpan(node)) {
            int start = node.get("start").intValue();
            int end = node.get("end").intValue();
            if (end > text.length() || start > end || !text.substring(start, end).equals(node.get("text").textValue())) {
                bad.add(node.toString());
            }
        }
        for (JsonNode child : node) {
            collectBadSpans(child, text, bad);
        }
    }

    private static boolean isSpan(JsonNode node) {
        return node.isObject() && node.path("start").isInt() && node.path("end").isInt() && node.path("text").isTextual();
    }
}
