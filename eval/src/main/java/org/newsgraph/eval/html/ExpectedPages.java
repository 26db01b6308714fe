package org.newsgraph.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.CorpusFormatException;

/**
 * Reads a folder's {@code expected.json}: an object mapping each page's URL to
 * {@code {"file": ..., "with": [...], "without": [...]}}, in file order. Stateless.
 */
public final class ExpectedPages {

    private ExpectedPages() {
    }

    /**
     * The pages of {@code directory}'s {@code expected.json}.
     *
     * @throws CorpusFormatException if there is no such file, it cannot be read or is no JSON, or it holds no pages
     */
    public static List<ExpectedPage> read(Path directory) {
        Path file = directory.resolve("expected.json");
        if (!Files.isRegularFile(file)) {
            throw new CorpusFormatException("no expected.json in " + directory);
        }
        JsonNode expected;
        try {
            expected = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new CorpusFormatException("cannot read " + file + ": " + e.getMessage());
        }
        if (expected == null || !expected.isObject() || expected.isEmpty()) {
            throw new CorpusFormatException(file + " holds no pages");
        }
        List<ExpectedPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            JsonNode snippets = page.getValue();
            pages.add(new ExpectedPage(page.getKey(), snippets.path("file").asText(), texts(snippets.path("with")),
                    texts(snippets.path("without"))));
        }
        return pages;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(snippet -> texts.add(snippet.asText()));
        return texts;
    }
}
