package org.newsgraph.io.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.html.FetchException;
import org.newsgraph.io.html.FetchOptions;

/**
 * Downloads an RSS or Atom feed and parses it with Rome. Sends the User-Agent of
 * {@link FetchOptions}, keeps its timeouts and size limit, and makes the request conditional on the
 * validators of the previous poll, so that an unchanged feed costs a 304 and no parsing. Relative
 * item links are resolved against the feed's URL. Thread-safe.
 */
public final class FeedFetcher {

    private final FetchOptions options;
    private final HttpClient client;

    public FeedFetcher(FetchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Polls the feed at {@code url}.
     *
     * @param previous the validators the last poll returned, or {@link Validators#NONE}
     * @throws FetchException for a malformed URL, a network failure, a timeout, an HTTP error, a
     *                        feed over the size limit or a document that is not RSS or Atom
     */
    public FeedResponse fetch(String url, Validators previous) throws FetchException {
        URI uri = parse(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1")
                .GET();
        if (previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        HttpResponse<InputStream> response = send(client, request.build());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 304) {
                return new FeedResponse.NotModified();
            }
            if (status >= 300) {
                throw new FetchException("HTTP " + status);
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                throw new FetchException(String.format(Locale.ROOT, "feed is over the limit of %,d bytes",
                        options.maxBytes()));
            }
            Validators next = new Validators(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            return new FeedResponse.Fetched(items(bytes, response.uri()), next);
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + options.requestTimeout().toSeconds() + " s", e);
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException("read error: " + e.getMessage(), e);
        }
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

    private static HttpResponse<InputStream> send(HttpClient client, HttpRequest request) throws FetchException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("no connection after " + request.timeout().map(Object::toString).orElse("?"), e);
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out", e);
        } catch (IOException e) {
            throw new FetchException("cannot connect to " + request.uri().getHost()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        }
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException("not an http(s) URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException("malformed URL: " + e.getMessage(), e);
        }
    }
}
