package org.newsgraph.server.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.html.AddressRefusedException;
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
 * asked on each analysis, never before the first, so a server that is never asked to analyse never
 * loads the models; the supplier loads them once and keeps them (as {@code SharedAnalyzers} does). Analyses run in an {@link AnalysisQueue}
 * (a few at once, a short waiting line, a deadline); texts over the length limit are refused before
 * they queue. URLs are fetched with the {@link FetchOptions} given: a server refuses hosts that are
 * not public unless told otherwise.
 *
 * <p>Thread-safe: requests share the analyser. {@link #close()} stops the workers.
 */
public final class OnDemandAnalysis implements AutoCloseable {

    /** The id given to an article sent for analysis (nothing is stored under it). */
    public static final String ARTICLE_ID = "analyzed";
    /** As the analyser's own limit ({@code analyze --max-chars}). */
    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
    /** What a refused fetch adds: how to allow it. */
    static final String ALLOW_HINT = "; serve --allow-private-fetch allows it";

    private final Supplier<? extends Function<Article, Doc>> loader;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final PageFetcher fetcher;
    private final AnalysisQueue queue;
    private final int maxTextChars;

    /**
     * @param loader       gives the analyser (the same one each time), loading it when first asked
     * @param fetch        how {@link #fromUrl} fetches
     * @param queue        where analyses run (closed with this)
     * @param maxTextChars the longest text analysed
     */
    public OnDemandAnalysis(Supplier<? extends Function<Article, Doc>> loader, FetchOptions fetch, AnalysisQueue queue,
            int maxTextChars) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.fetcher = new PageFetcher(Objects.requireNonNull(fetch, "fetch"));
        this.queue = Objects.requireNonNull(queue, "queue");
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
        this.maxTextChars = maxTextChars;
    }

    /** Public URLs only, the default queue and length limit. */
    public OnDemandAnalysis(Supplier<? extends Function<Article, Doc>> loader) {
        this(loader, FetchOptions.defaults().publicOnly(), new AnalysisQueue(AnalysisQueue.DEFAULT_WORKERS,
                AnalysisQueue.DEFAULT_WAITING, AnalysisQueue.DEFAULT_DEADLINE), DEFAULT_MAX_TEXT_CHARS);
    }

    /** The queue the analyses run in. */
    public AnalysisQueue queue() {
        return queue;
    }

    /** Analyses the article; the first call loads the analyser (the caller waits). */
    public Doc analyze(Article article) {
        return analyze(article, () -> false);
    }

    /**
     * Analyses the article in the queue.
     *
     * @param clientGone true once the client has gone away (the analysis is then stopped)
     * @throws UnusableInputException   if there is no text
     * @throws AnalysisRefusedException if the text is too long, the server too busy, the deadline passes
     *                                  or the client goes away
     */
    public Doc analyze(Article article, BooleanSupplier clientGone) {
        Objects.requireNonNull(article, "article");
        if (article.text().isBlank()) {
            throw new UnusableInputException("there is no text to analyse");
        }
        if (article.text().length() > maxTextChars) {
            throw new AnalysisRefusedException(AnalysisRefusedException.Reason.TOO_LONG, String.format(Locale.ROOT,
                    "the text has %,d characters, over the limit of %,d", article.text().length(), maxTextChars));
        }
        return queue.run(() -> analyser().apply(article), clientGone);
    }

    private Function<Article, Doc> analyser() {
        return Objects.requireNonNull(loader.get(), "the analyser loader returned null");
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
        } catch (AddressRefusedException e) {
            throw new UnusableInputException("cannot fetch " + url.strip() + ": " + e.getMessage() + ALLOW_HINT, e);
        } catch (FetchException e) {
            throw new UnusableInputException("cannot fetch " + url.strip() + ": " + e.getMessage(), e);
        }
        HtmlArticle article = extractor.extract(page, ARTICLE_ID);
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

    /** Stops the analyses and the workers. */
    @Override
    public void close() {
        queue.close();
    }
}
