package org.newsgraph.io.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.html.FetchClient;
import org.newsgraph.io.html.FetchException;
import org.newsgraph.io.html.FetchOptions;

/**
 * Downloads an RSS or Atom feed ({@link FetchClient}) and parses it with Rome. Sends the User-Agent of
 * {@link FetchOptions}, keeps its timeouts, size, redirect and address limits, and makes the request conditional on the
 * validators of the previous poll, so that an unchanged feed costs a 304 and no parsing. Relative
 * item links are resolved against the feed's URL. Thread-safe.
 */
public final class FeedFetcher {

    private final FetchClient client;

    public FeedFetcher(FetchOptions options) {
        this.client = new FetchClient(Objects.requireNonNull(options, "options"));
    }

    /**
     * Polls the feed at {@code url}.
     *
     * @param previous the validators the last poll returned, or {@link Validators#NONE}
     * @throws FetchException for a malformed URL, a refused host, a network failure, a timeout, an
     *                        HTTP error, a feed over the size limit or a document that is not RSS or Atom
     */
    public FeedResponse fetch(String url, Validators previous) throws FetchException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1");
        if (previous.etag() != null) {
            headers.put("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            headers.put("If-Modified-Since", previous.lastModified());
        }
        FetchClient.Response response = client.get(url, headers, info -> info.statusCode() < 300);
        int status = response.status();
        if (status == 304) {
            return new FeedResponse.NotModified();
        }
        if (status >= 300) {
            throw new FetchException("HTTP " + status);
        }
        long maxBytes = client.options().maxBytes();
        if (response.body().length > maxBytes) {
            throw new FetchException(String.format(Locale.ROOT, "feed is over the limit of %,d bytes", maxBytes));
        }
        Validators next = new Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        return new FeedResponse.Fetched(items(response.body(), response.uri()), next);
    }

    /**
     * The items of a feed document, with links resolved against {@code base}.
     *
     * @throws FetchException if the document is not an RSS or Atom feed
     */
    public static List<FeedItem> items(byte[] document, URI base) throws FetchException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document))) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException("not an RSS or Atom feed (" + e.getMessage() + ")", e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(entry);
            if (link == null) {
                continue;
            }
            String resolved;
            try {
                resolved = base.resolve(link.strip()).toString();
            } catch (IllegalArgumentException e) {
                resolved = link.strip();
            }
            String published = entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant().toString()
                    : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant().toString() : null;
            items.add(new FeedItem(resolved, entry.getTitle(), published));
        }
        return items;
    }

    private static @Nullable String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        String uri = entry.getUri();
        return uri != null && uri.matches("(?i)https?://.*") ? uri : null;
    }
}
