package org.newsgraph.server.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The analyze page ({@code /analyze}): a box to paste an article (text or HTML) or give its URL, and
 * below it the article annotated as on an article page. Nothing is stored. Stateless.
 */
final class AnalyzePage {

    private AnalyzePage() {
    }

    /** The form, filled with what was sent, and the analysed document or an error message if any. */
    static String render(String text, String url, @Nullable JsonNode document, @Nullable String error) {
        Page page = new Page("Analyze");
        Element main = page.main();
        main.appendElement("h1").text("Analyze an article");
        main.appendElement("p").addClass("meta")
                .text("Paste an article's text or HTML, or give its URL. Nothing is stored.");
        Element form = main.appendElement("form").attr("method", "post").attr("action", "/analyze")
                .addClass("analyze");
        form.appendElement("textarea").attr("name", "text").attr("id", "text").attr("rows", "12")
                .attr("placeholder", "Article text or HTML").text(text);
        Element line = form.appendElement("div").addClass("analyze-line");
        line.appendElement("input").attr("type", "url").attr("name", "url").attr("id", "url")
                .attr("placeholder", "or https://… (used when the box is empty)").attr("value", url);
        line.appendElement("button").attr("type", "submit").attr("id", "analyze").text("Analyze");
        if (error != null) {
            main.appendElement("p").addClass("error").attr("id", "error").text(error);
        }
        if (document != null) {
            ArticleView.append(main.appendElement("section").attr("id", "result"), document,
                    entity -> Page.searchHref(entity.path("name").asText("")));
        }
        return page.render();
    }
}
