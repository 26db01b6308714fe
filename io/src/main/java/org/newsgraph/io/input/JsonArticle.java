package org.newsgraph.io.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;

/**
 * One article as a JSON object: {@code {"id"?, "text", "title"?, "published"?, "url"?, "source"?}}.
 * Other properties are ignored. Thread-safe.
 */
final class JsonArticle {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonArticle() {
    }

    /**
     * Parses one JSON object into an article.
     *
     * @param defaultId        the id when the object has none
     * @param defaultPublished the publication date when the object has none
     * @throws UnreadableInputException for malformed JSON or missing or mistyped fields
     */
    static Article parse(String json, String defaultId, @Nullable String defaultPublished)
            throws UnreadableInputException {
        JsonNode node = tree(json);
        if (!node.isObject()) {
            throw new UnreadableInputException("expected a JSON object, found " + describe(node)
                    + (node.isArray() ? " (put one article per line in a .jsonl file)" : ""));
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new UnreadableInputException(text == null || text.isNull()
                    ? "no \"text\" in the JSON object"
                    : "\"text\" is " + describe(text) + ", not a string");
        }
        if (text.textValue().isBlank()) {
            throw new UnreadableInputException("\"text\" is empty");
        }
        String id = id(node.get("id"), defaultId);
        String published = optionalString(node, "published");
        if (published != null) {
            try {
                PublishedDate.require(published);
            } catch (IllegalArgumentException e) {
                throw new UnreadableInputException("\"published\": " + e.getMessage());
            }
        }
        return new Article(id, text.textValue(), optionalString(node, "title"),
                published == null ? defaultPublished : published,
                optionalString(node, "url"), optionalString(node, "source"));
    }

    /** True if {@code line} on its own is one complete JSON object. */
    static boolean isObject(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            return node != null && node.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static JsonNode tree(String json) throws UnreadableInputException {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new UnreadableInputException("empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            String message = readable(e.getOriginalMessage());
            var where = e.getLocation();
            String position = where == null ? ""
                    : json.indexOf('\n') < 0 ? " (column " + where.getColumnNr() + ")"
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw new UnreadableInputException("malformed JSON: " + message + position);
        }
    }

    /**
     * Jackson's message without what only a programmer needs: the "[Source: ...]" of a start marker,
     * the {@code StreamReadConstraints} getter behind a limit, the type bound and the feature flag.
     */
    /** Longest parser message kept; Jackson's run to a few hundred characters with their hints. */
    private static final int MAX_MESSAGE = 140;

    static String readable(@Nullable String original) {
        String message = original == null ? "" : original.lines().findFirst().orElse("");
        message = message.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll(" \\(bound as `[^`]*`\\)", "")
                .replaceAll(":? not allowed as per `[^`]*`", "")
                .replaceAll("\\s*\\(consider enabling `.*$", "")
                .replaceAll("`[A-Za-z]+(\\.[A-Za-z_]+)+(\\(\\))?`", "a parser setting")
                .strip();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
        return message.isEmpty() ? "syntax error" : message;
    }

    private static String id(@Nullable JsonNode id, String defaultId) throws UnreadableInputException {
        if (id == null || id.isNull()) {
            return defaultId;
        }
        if (id.isTextual() && !id.textValue().isBlank()) {
            return id.textValue();
        }
        if (id.isTextual()) {
            throw new UnreadableInputException("\"id\" is blank");
        }
        if (id.canConvertToExactIntegral()) {
            return id.asText();
        }
        throw new UnreadableInputException("\"id\" is " + describe(id) + ", not a non-blank string");
    }

    private static @Nullable String optionalString(JsonNode object, String field) throws UnreadableInputException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new UnreadableInputException("\"" + field + "\" is " + describe(value) + ", not a string");
        }
        return value.textValue();
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
