package org.newsgraph.server.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.html.FetchException;
import org.newsgraph.io.html.FetchOptions;
import org.newsgraph.io.html.FetchedPage;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.io.html.PageFetcher;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;

/**
 * Analyses articles sent to the server without storing them. The analyser comes from a supplier
 * that is called once, on the first analysis (loading the models takes seconds and gigabytes), so a
 * server that is never asked to analyse never loads them. Thread-safe: requests share the analyser.
 */
public final class OnDemandAnalysis {

    /** The id given to an article sent for analysis (nothing is stored under it). */
    public static final String ARTICLE_ID = "analyzed";

    private final Supplier<? extends Function<Article, Doc>> loader;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final PageFetcher fetcher = new PageFetcher(FetchOptions.defaults());
    private volatile @Nullable Function<Article, Doc> analyser;

    public OnDemandAnalysis(Supplier<? extends Function<Article, Doc>> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** Analyses the article; the first call loads the analyser (the caller waits). */
    public Doc analyze(Article article) {
        Objects.requireNonNull(article, "article");
        if (article.text().isBlank()) {
            throw new UnusableInputException("there is no text to analyse");
        }
        return analyser().apply(article);
    }

    private Function<Article, Doc> analyser() {
        Function<Article, Doc> loaded = analyser;
        if (loaded == null) {
            synchronized (this) {
                loaded = analyser;
                if (loaded == null) {
                    loaded = Objects.requireNonNull(loader.get(), "the analyser loader returned null");
                    analyser = loaded;
                }
            }
        }
        return loaded;
    }

    /** The article of a text: HTML (a page, or a fragment that starts with a tag) is extracted first. */
    public Article article(String text, @Nullable String title, @Nullable String url) {
        Objects.requireNonNull(text, "text");
        if (looksLikeHtml(text)) {
            return fromHtml(text, url);
        }
        return new Article(ARTICLE_ID, text.strip(), blankToNull(title), null, blankToNull(url), null);
    }

    /** The main text and metadata of an HTML page. */
    public Article fromHtml(String html, @Nullable String url) {
        HtmlArticle page = extractor.extract(html, blankToNull(url), ARTICLE_ID);
        if (page.isEmpty()) {
            throw new UnusableInputException("the HTML has no article text");
        }
        return page.article();
    }

    /** Fetches the page at {@code url} and extracts its article. */
    public Article fromUrl(String url) {
        FetchedPage page;
        try {
            page = fetcher.fetch(url.strip());
        } catch (FetchException e) {
            throw new UnusableInputException("cannot fetch " + url.strip() + ": " + e.getMessage(), e);
        }
        HtmlArticle article = extractor.extract(page.body(), page.charset(), page.uri().toString(), ARTICLE_ID);
        if (article.isEmpty()) {
            throw new UnusableInputException("the page at " + url.strip() + " has no article text");
        }
        return article.article();
    }

    static boolean looksLikeHtml(String text) {
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html")
                || (start.startsWith("<") && start.contains("</p>"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
