package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the first 20 pages of the shared html-eval set (real pages with snippets the
 * text must and must not contain). Skipped where the shared data is absent.
 */
class HtmlEvalDataTest {

    private static final Path DATA = Path.of("..", "..", "shared", "data", "html-eval");
    private static final int PAGES = 20;

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    @Test
    void firstPagesHaveTheirBodyAndLittleBoilerplate() throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("expected.json")), "no shared html-eval data");
        JsonNode expected = new ObjectMapper().readTree(DATA.resolve("expected.json").toFile());
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        int found = 0;
        int wanted = 0;
        int unwanted = 0;
        int titles = 0;
        Iterator<Map.Entry<String, JsonNode>> pages = expected.fields();
        for (int i = 0; i < PAGES && pages.hasNext(); i++) {
            Map.Entry<String, JsonNode> page = pages.next();
            byte[] html = Files.readAllBytes(DATA.resolve("pages").resolve(page.getValue().get("file").asText()));
            HtmlArticle article = extractor.extract(html, null, page.getKey(), "page");
            String text = normalise(article.article().text());
            for (JsonNode snippet : page.getValue().get("with")) {
                wanted++;
                found += text.contains(normalise(snippet.asText())) ? 1 : 0;
            }
            for (JsonNode snippet : page.getValue().get("without")) {
                unwanted += text.contains(normalise(snippet.asText())) ? 1 : 0;
            }
            titles += article.article().title() == null ? 0 : 1;
        }
        // Measured when written: 44 of 51 wanted snippets, 3 unwanted ones, 19 titles. A guard against
        // regressions, with a little room for heuristics that trade one page for another.
        assertThat(wanted).isEqualTo(51);
        assertThat(found).as("wanted snippets found").isGreaterThanOrEqualTo(42);
        assertThat(unwanted).as("unwanted snippets found").isLessThanOrEqualTo(5);
        assertThat(titles).isGreaterThanOrEqualTo(19);
    }
}
