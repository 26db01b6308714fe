package org.newsgraph.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One HTML page under construction: the shared head and navigation, and a {@code main} element the
 * page fills. Text goes in through jsoup's {@code text()} and {@code attr()}, which escape it on
 * output. Not thread-safe: build one per request.
 */
final class Page {

    private final Document document;
    private final Element main;

    Page(String title) {
        document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        document.child(0).attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · newsgraph");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", PageRoutes.STYLESHEET);
        Element header = document.body().appendElement("header");
        header.appendElement("a").addClass("brand").attr("href", "/").text("newsgraph");
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", "/").text("Search");
        nav.appendElement("a").attr("href", "/network").text("Network");
        nav.appendElement("a").attr("href", "/analyze").text("Analyze");
        nav.appendElement("a").attr("href", "/openapi.json").text("API");
        main = document.body().appendElement("main");
    }

    Element main() {
        return main;
    }

    String render() {
        return "<!DOCTYPE html>" + document.html();
    }

    /** A link to an article page. */
    static String articleHref(String id) {
        return "/articles/" + encodePath(id);
    }

    /** A link to an actor page. */
    static String actorHref(long id) {
        return "/actors/" + id;
    }

    /** A link to a story page. */
    static String storyHref(long id) {
        return "/stories/" + id;
    }

    /** A link to the search page. */
    static String searchHref(String q) {
        return "/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** A path segment, percent-encoded. */
    static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Only http and https links are made clickable: an article's URL could be {@code javascript:}. */
    static boolean isWebUrl(@Nullable String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** A table with a caption-less header row; returns the {@code tbody}. */
    static Element table(Element parent, String id, String... headings) {
        Element table = parent.appendElement("table").attr("id", id);
        Element row = table.appendElement("thead").appendElement("tr");
        for (String heading : headings) {
            row.appendElement("th").text(heading);
        }
        return table.appendElement("tbody");
    }

    /** A cell with text, or an empty one for null. */
    static Element cell(Element row, @Nullable Object value) {
        return row.appendElement("td").text(value == null ? "" : String.valueOf(value));
    }

    /** A cell holding a link. */
    static Element linkCell(Element row, String href, String text) {
        Element cell = row.appendElement("td");
        cell.appendElement("a").attr("href", href).text(text);
        return cell;
    }

    /** A paragraph saying that a list is empty. */
    static void none(Element parent, String what) {
        parent.appendElement("p").addClass("none").text(what);
    }
}
