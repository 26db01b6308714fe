package org.newsgraph.io.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;

/**
 * Turns an HTML article page into an {@link HtmlArticle}: the main text as paragraphs separated by
 * a blank line, without navigation, comments, share bars, related links, cookie banners, bylines
 * or dates outside the body; and the page's title, byline, publication date, publisher, canonical
 * URL and language from its metadata (JSON-LD, OpenGraph and other meta tags, {@code <time>}, the
 * URL).
 *
 * <p>The main text is found in three steps: boilerplate elements are removed by tag, role, hiding
 * and class or id words (see {@link Boilerplate}), except those that hold the article; the
 * remaining paragraphs score their containers ({@link MainContent}); the best container's
 * paragraphs are kept unless they are mostly links. A page without such text (an index, a search
 * page) gives an empty text ({@link HtmlArticle#isEmpty()}).
 *
 * <p>Stateless, hence thread-safe. Never throws on malformed HTML: jsoup parses anything.
 */
public final class HtmlArticleExtractor {

    /** Least text for a page to count as an article. */
    private static final int MIN_TEXT_CHARS = 100;

    /**
     * Extracts the article of a page given as text.
     *
     * @param html the page
     * @param url  where the page comes from, to resolve relative links and date the page from its
     *             path; null if unknown
     * @param id   the article id
     */
    public HtmlArticle extract(String html, @Nullable String url, String id) {
        Objects.requireNonNull(html, "html");
        return extract(Jsoup.parse(html, url == null ? "" : url), url, id);
    }

    /**
     * Extracts the article of a page given as bytes, decoded with {@code charset} if given, else as
     * the page's byte order mark or {@code <meta charset>} says, else as UTF-8.
     */
    public HtmlArticle extract(byte[] html, @Nullable String charset, @Nullable String url, String id) {
        Objects.requireNonNull(html, "html");
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html), charset, url == null ? "" : url), url, id);
        } catch (IOException e) {
            // Reading a byte array cannot fail but for an unknown charset name.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Extracts the article of a fetched page: its body decoded with the charset the server named,
     * its links resolved against (and its date read from) the URL it was fetched from after
     * redirects. The one way every fetching reader (inputs, feeds, the server) goes from page to
     * article.
     */
    public HtmlArticle extract(FetchedPage page, String id) {
        Objects.requireNonNull(page, "page");
        return extract(page.body(), page.charset(), page.uri().toString(), id);
    }

    private HtmlArticle extract(Document page, @Nullable String url, String id) {
        Objects.requireNonNull(id, "id");
        PageMetadata meta = PageMetadata.read(page, url);
        String text = mainText(page, meta);
        Article article = new Article(id, text, meta.title(), meta.published(),
                meta.canonicalUrl() != null ? meta.canonicalUrl() : url, meta.publisher());
        return new HtmlArticle(article, meta.byline(), meta.language(), meta.canonicalUrl());
    }

    private static String mainText(Document page, PageMetadata meta) {
        Element body = page.body();
        Element headline = meta.headline();
        Boilerplate.prune(body, Spared.in(body, headline));
        List<Element> content = MainContent.find(body);
        String title = meta.title() == null ? "" : squash(meta.title());
        List<String> paragraphs = BlockFilter.paragraphs(
                TextBlocks.of(content, e -> e == headline || isTitle(e, title)));
        String text = String.join("\n\n", paragraphs);
        String stated = meta.articleBody() == null ? "" : bodyText(meta.articleBody());
        // The page's own statement of its text, when the markup hides most of it (scripts, paywalls).
        if (stated.length() > 2 * text.length() && stated.length() >= MIN_TEXT_CHARS) {
            return stated;
        }
        return text.length() < MIN_TEXT_CHARS && !looksLikeProse(text) ? "" : text;
    }

    /** JSON-LD articleBody as paragraphs: it may hold markup, and line breaks for paragraphs. */
    private static String bodyText(String articleBody) {
        String text = articleBody.contains("<") ? Jsoup.parse(articleBody).wholeText() : articleBody;
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String clean = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean looksLikeProse(String text) {
        return text.split("\\s+").length >= 8 && text.matches("(?s).*[.!?]\\s*$");
    }

    private static boolean isTitle(Element e, String title) {
        return e.normalName().equals("h1") && !title.isEmpty() && squash(e.text()).equals(title);
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
