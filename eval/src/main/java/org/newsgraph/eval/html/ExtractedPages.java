package org.newsgraph.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.eval.CorpusFormatException;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.model.Article;

/**
 * Reads the JSON lines {@code newsgraph extract} wrote (one page a line: id, text, title, published,
 * url, publisher, byline, language) as extracted pages by id. Stateless.
 */
public final class ExtractedPages {

    private ExtractedPages() {
    }

    /**
     * The pages of {@code file} by id.
     *
     * @throws CorpusFormatException if the file cannot be read or a line is no page
     */
    public static Map<String, HtmlArticle> read(Path file) {
        Map<String, HtmlArticle> pages = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode page = json.readTree(line);
                String id = page.path("id").asText();
                pages.put(id, new HtmlArticle(new Article(id, page.path("text").asText(),
                        page.path("title").textValue(), page.path("published").textValue(),
                        page.path("url").textValue(), page.path("publisher").textValue()),
                        page.path("byline").textValue(), page.path("language").textValue(), null));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new CorpusFormatException("cannot read " + file + ": " + e.getMessage());
        }
        return pages;
    }
}
