package org.newsgraph.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Span;

/**
 * One JSON object of a stored document with its path ({@code $.events[0]}), read strictly: each
 * accessor throws {@link DocumentFormatException} naming the path when a property is missing or of
 * the wrong type. Absent and {@code null} mean the same for optional properties. Immutable.
 */
record JsonFields(JsonNode node, String path, String text) {

    static JsonFields root(JsonNode node, String text) {
        return new JsonFields(node, "$", text);
    }

    DocumentFormatException error(String property, String problem) {
        return new DocumentFormatException(path + "." + property + ": " + problem);
    }

    private @Nullable JsonNode optional(String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode required(String property) {
        JsonNode value = optional(property);
        if (value == null) {
            throw error(property, "missing");
        }
        return value;
    }

    String string(String property) {
        JsonNode value = required(property);
        if (!value.isTextual()) {
            throw error(property, "not a string but " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value.textValue();
    }

    @Nullable String optionalString(String property) {
        return optional(property) == null ? null : string(property);
    }

    int integer(String property) {
        JsonNode value = required(property);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error(property, "not an integer: " + value);
        }
        return value.intValue();
    }

    double number(String property) {
        JsonNode value = required(property);
        if (!value.isNumber()) {
            throw error(property, "not a number: " + value);
        }
        return value.doubleValue();
    }

    boolean flag(String property, boolean absent) {
        JsonNode value = optional(property);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw error(property, "not a boolean: " + value);
        }
        return value.booleanValue();
    }

    /** An enum constant written in any case ("occurred", "PERSON"). */
    <E extends Enum<E>> E constant(String property, Class<E> type) {
        String value = string(property);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw error(property, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    JsonFields object(String property) {
        JsonNode value = required(property);
        if (!value.isObject()) {
            throw error(property, "not an object: " + value);
        }
        return new JsonFields(value, path + "." + property, text);
    }

    @Nullable JsonFields optionalObject(String property) {
        return optional(property) == null ? null : object(property);
    }

    /**
     * The items of an array property, each read by {@code read}; an absent array is empty unless
     * {@code required}. A model record that rejects an item's values becomes an error at the item's path.
     */
    <T> List<T> items(String property, boolean required, Function<JsonFields, T> read) {
        JsonNode array = required ? required(property) : optional(property);
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            throw error(property, "not an array: " + array.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonFields item = new JsonFields(array.get(i), path + "." + property + "[" + i + "]", text);
            if (!item.node().isObject()) {
                throw new DocumentFormatException(item.path() + ": not an object: " + item.node());
            }
            items.add(item.build(() -> read.apply(item)));
        }
        return items;
    }

    /** A span of the article text: its offsets in range and its text the text there. */
    Span span(String property) {
        return object(property).asSpan();
    }

    /** This object as a span of the article text. */
    Span asSpan() {
        int start = integer("start");
        int end = integer("end");
        String words = string("text");
        if (start < 0 || end < start || end > text.length()) {
            throw new DocumentFormatException(path + ": [" + start + ", " + end + ") is outside the "
                    + text.length() + " characters of the text");
        }
        if (words.length() != end - start || !text.regionMatches(start, words, 0, words.length())) {
            throw new DocumentFormatException(path + ": '" + words + "' is not the text at [" + start + ", "
                    + end + ")");
        }
        return new Span(start, end, words);
    }

    @Nullable Span optionalSpan(String property) {
        return optional(property) == null ? null : span(property);
    }

    /** Builds a record, turning its validation failure into an error at this path. */
    <T> T build(Supplier<T> record) {
        try {
            return record.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DocumentFormatException(path + ": " + e.getMessage(), e);
        }
    }
}
