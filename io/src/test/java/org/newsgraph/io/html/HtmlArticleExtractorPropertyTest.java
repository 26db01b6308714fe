package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HtmlArticleExtractorPropertyTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> tag = Arbitraries.of("p", "div", "article", "nav", "li", "ul", "h1", "h2", "a", "span",
                "br", "time", "script", "footer", "header", "pre", "table", "td", "tr");
        Arbitrary<String> cls = Arbitraries.of("", "content", "comments", "share", "article-body", "sidebar",
                "has-sidebar", "ad", "byline");
        Arbitrary<String> element = net.jqwik.api.Combinators.combine(tag, cls, text)
                .as((t, c, x) -> "<" + t + " class='" + c + "'>" + x + (t.equals("br") ? "" : "</" + t + ">"));
        return element.list().ofMaxSize(30).map(parts -> "<html><body>" + String.join("", parts) + "</body></html>");
    }

    @Property(tries = 300)
    void anyMarkupGivesTrimmedNonBlankParagraphs(@ForAll("pages") String html) {
        HtmlArticle page = extractor.extract(html, null, "p");

        String text = page.article().text();
        if (!text.isEmpty()) {
            List<String> paragraphs = List.of(text.split("\n\n", -1));
            assertThat(paragraphs).allSatisfy(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
        }
    }

    @Property(tries = 200)
    void randomUnicodeNeverThrows(@ForAll String junk) {
        HtmlArticle page = extractor.extract(junk, null, "p");

        assertThat(page.article().id()).isEqualTo("p");
    }

    @Property(tries = 100)
    void extractionIsDeterministic(@ForAll("pages") String html) {
        assertThat(extractor.extract(html, null, "p")).isEqualTo(extractor.extract(html, null, "p"));
    }
}
