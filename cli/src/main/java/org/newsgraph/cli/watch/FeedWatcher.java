package org.newsgraph.cli.watch;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.newsgraph.cli.analysis.Analysed;
import org.newsgraph.cli.analysis.Analysis;
import org.newsgraph.cli.analysis.Pending;
import org.newsgraph.cli.ingest.Storing;
import org.newsgraph.io.feed.FeedFetcher;
import org.newsgraph.io.feed.FeedItem;
import org.newsgraph.io.feed.FeedResponse;
import org.newsgraph.io.feed.HostPacer;
import org.newsgraph.io.feed.Retry;
import org.newsgraph.io.feed.Validators;
import org.newsgraph.io.html.AddressRefusedException;
import org.newsgraph.io.html.FetchException;
import org.newsgraph.io.html.FetchedPage;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.io.html.PageFetcher;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.io.input.PublishedDate;
import org.newsgraph.io.warc.ArticleIds;
import org.newsgraph.model.Article;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.FeedLog;

/**
 * Polls feeds and ingests their new items. A poll is a conditional request with the validators the
 * store kept from the last one; each item whose URL the store has not seen is fetched (a polite
 * delay per host, retries with back-off after server errors and timeouts), extracted, checked
 * against the store, analysed and stored in one transaction, then recorded as seen, whatever became
 * of it, unless it failed for a transient reason; then the feed's validators are not saved, so that
 * the next poll reads the feed again and tries that item again. A feed or page that fails is reported as
 * {@code url: reason} and the others go on. Stops between two items once {@code stop} is set.
 * Not thread-safe: one thread polls.
 */
public final class FeedWatcher {

    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

    private final ArticleStore store;
    private final FeedFetcher feeds;
    private final PageFetcher pages;
    private final HostPacer pacer;
    private final Retry retry;
    private final Analysis analysis;
    private final Storing storing;
    private final Consumer<String> report;
    private final AtomicBoolean stop;
    private int polls;
    private int unchangedPolls;
    private int failedPolls;
    private int newItems;

    /**
     * @param report prints a message for the user (a failed feed)
     * @param stop   set to stop after the item in hand
     */
    public FeedWatcher(ArticleStore store, FeedFetcher feeds, PageFetcher pages, HostPacer pacer, Retry retry,
            Analysis analysis, Storing storing, Consumer<String> report, AtomicBoolean stop) {
        this.store = Objects.requireNonNull(store, "store");
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.storing = Objects.requireNonNull(storing, "storing");
        this.report = Objects.requireNonNull(report, "report");
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    /** Polls {@code feedUrl} once and ingests its new items. */
    public void poll(String feedUrl) {
        polls++;
        FeedLog log = store.feeds();
        Validators previous = log.state(feedUrl)
                .map(state -> new Validators(state.etag(), state.lastModified()))
                .orElse(Validators.NONE);
        FeedResponse response;
        try {
            response = retry.run(() -> {
                pace(feedUrl);
                return feeds.fetch(feedUrl, previous);
            });
        } catch (FetchException e) {
            failedPolls++;
            report.accept(feedUrl + ": " + reason(e));
            return;
        }
        if (response instanceof FeedResponse.NotModified) {
            unchangedPolls++;
            return;
        }
        FeedResponse.Fetched fetched = (FeedResponse.Fetched) response;
        boolean retryLater = false;
        for (FeedItem item : fetched.items()) {
            if (stop.get()) {
                return; // validators not saved: the next poll reads the feed again and skips what was seen
            }
            if (!log.seen(item.url())) {
                newItems++;
                String outcome = ingest(item);
                if (outcome != null) {
                    log.markSeen(feedUrl, item.url(), outcome);
                } else {
                    retryLater = true;
                }
            }
        }
        if (retryLater) {
            return; // validators not saved: the next poll reads the feed again and retries the failed items
        }
        Validators next = fetched.validators();
        log.saveState(feedUrl, new FeedLog.FeedState(next.etag(), next.lastModified()));
    }

    /** Takes one item to the store; returns what became of it, or null after a transient failure. */
    private String ingest(FeedItem item) {
        FetchedPage page;
        try {
            page = retry.run(() -> {
                pace(item.url());
                return pages.fetch(item.url());
            });
        } catch (FetchException e) {
            storing.accept(new Analysed.Failed(item.url(), reason(e), null));
            return Retry.isTransient(e) ? null : reason(e);
        }
        HtmlArticle extracted = EXTRACTOR.extract(page, ArticleIds.of(item.url()));
        if (extracted.isEmpty()) {
            storing.accept(new Analysed.Failed(item.url(), HtmlArticle.NO_TEXT, null));
            return HtmlArticle.NO_TEXT;
        }
        Article article = withFeedMetadata(extracted.article(), item);
        int failedBefore = storing.tally().failed();
        Analysed analysed = analysis.apply(Pending.check(new InputItem.Loaded(item.url(), article), store));
        storing.accept(analysed);
        if (analysed instanceof Analysed.Failed failed) {
            return failed.reason();
        }
        return storing.tally().failed() > failedBefore ? "not stored" : "stored";
    }

    /** The feed's title and date where the page gives none. */
    private static Article withFeedMetadata(Article article, FeedItem item) {
        String published = article.published();
        if (published == null && item.published() != null && PublishedDate.isValid(item.published())) {
            published = item.published();
        }
        String title = article.title() != null ? article.title() : item.title();
        return new Article(article.id(), article.text(), title, published, article.url(), article.source());
    }

    /** Why a fetch failed, naming the option that allows a refused host. */
    private static String reason(FetchException e) {
        return e.getMessage() + (e instanceof AddressRefusedException ? AddressRefusedException.ALLOW_HINT : "");
    }

    private void pace(String url) throws FetchException {
        try {
            pacer.await(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        }
    }

    /** Feeds polled so far. */
    public int polls() {
        return polls;
    }

    /** Polls that the server answered with 304 Not Modified. */
    public int unchangedPolls() {
        return unchangedPolls;
    }

    /** Polls that failed (the feed could not be fetched or parsed). */
    public int failedPolls() {
        return failedPolls;
    }

    /** Items not seen before, whatever became of them. */
    public int newItems() {
        return newItems;
    }
}
