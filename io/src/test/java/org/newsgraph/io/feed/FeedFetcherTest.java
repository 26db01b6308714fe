package org.newsgraph.io.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.io.html.FetchException;
import org.newsgraph.io.html.FetchOptions;

/** Feeds parsed with Rome, conditional requests, and retries, against a server on 127.0.0.1. */
class FeedFetcherTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Courier</title><link>https://news.example.org/</link>
            <description>News</description>
            <item><title>Harbour wall</title><link>https://news.example.org/harbour.html</link>
            <pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate></item>
            <item><title>Relative</title><link>/library.html</link></item>
            <item><title>No link</title><description>nothing to fetch</description></item>
            </channel></rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><id>urn:blog</id>
            <updated>2024-03-06T10:00:00Z</updated>
            <entry><title>Bridge</title><id>urn:1</id><link href="https://blog.example.com/bridge"/>
            <updated>2024-03-06T10:00:00Z</updated></entry>
            </feed>
            """;

    private final HttpServer server = start();
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private final AtomicInteger flaky = new AtomicInteger();

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(String path, String body, String etag) {
        server.createContext(path, exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(String.valueOf(ifNoneMatch));
            if (etag.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 05 Mar 2024 09:00:00 GMT");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private final FeedFetcher fetcher = new FeedFetcher(FetchOptions.defaults().withPrivateAddresses(true));

    @Test
    void rssItemsWithResolvedLinksAndValidators() throws FetchException {
        serve("/rss", RSS, "\"v1\"");

        FeedResponse response = fetcher.fetch(url("/rss"), Validators.NONE);

        assertThat(response).isEqualTo(new FeedResponse.Fetched(List.of(
                new FeedItem("https://news.example.org/harbour.html", "Harbour wall", "2024-03-05T08:30:00Z"),
                new FeedItem(url("/library.html"), "Relative", null)),
                new Validators("\"v1\"", "Tue, 05 Mar 2024 09:00:00 GMT")));
    }

    @Test
    void conditionalRequestGetsNotModified() throws FetchException {
        serve("/rss", RSS, "\"v1\"");

        FeedResponse first = fetcher.fetch(url("/rss"), Validators.NONE);
        FeedResponse second = fetcher.fetch(url("/rss"), ((FeedResponse.Fetched) first).validators());

        assertThat(second).isEqualTo(new FeedResponse.NotModified());
        assertThat(conditions).containsExactly("null", "\"v1\"");
    }

    @Test
    void atomEntries() throws FetchException {
        serve("/atom", ATOM, "a");

        FeedResponse response = fetcher.fetch(url("/atom"), Validators.NONE);

        assertThat(((FeedResponse.Fetched) response).items()).containsExactly(
                new FeedItem("https://blog.example.com/bridge", "Bridge", "2024-03-06T10:00:00Z"));
    }

    @Test
    void notAFeed() {
        serve("/page", "<html><body><p>Hello</p></body></html>", "x");

        assertThatThrownBy(() -> fetcher.fetch(url("/page"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageStartingWith("not an RSS or Atom feed");
    }

    @Test
    void serverErrorsAreRetriedWithBackOffThenSucceed() throws FetchException {
        server.createContext("/flaky", exchange -> {
            if (flaky.incrementAndGet() <= 2) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            byte[] bytes = ATOM.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        Retry retry = new Retry(3, Duration.ofMillis(10));

        FeedResponse response = retry.run(() -> fetcher.fetch(url("/flaky"), Validators.NONE));

        assertThat(((FeedResponse.Fetched) response).items()).hasSize(1);
        assertThat(flaky).hasValue(3);
    }

    @Test
    void clientErrorsAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/gone", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });

        assertThatThrownBy(() -> new Retry(3, Duration.ofMillis(10)).run(() -> fetcher.fetch(url("/gone"),
                Validators.NONE))).isInstanceOf(FetchException.class).hasMessage("HTTP 404");
        assertThat(calls).hasValue(1);
    }

    @Test
    void transientReasons() {
        assertThat(Retry.isTransient(new FetchException("HTTP 503 (service unavailable)"))).isTrue();
        assertThat(Retry.isTransient(new FetchException("timed out after 30 s"))).isTrue();
        assertThat(Retry.isTransient(new FetchException("HTTP 404 (not found)"))).isFalse();
        assertThat(Retry.isTransient(new FetchException("not an HTML page (image/png)"))).isFalse();
    }

    @Test
    void pacerWaitsBetweenRequestsToOneHostOnly() throws InterruptedException {
        long[] now = {0};
        HostPacer pacer = new HostPacer(Duration.ofMillis(200), () -> now[0]);
        long start = System.nanoTime();
        pacer.await("https://a.example/1");
        pacer.await("https://b.example/1");
        long unpaced = System.nanoTime() - start;
        pacer.await("https://a.example/2");
        long paced = System.nanoTime() - start;

        assertThat(unpaced).isLessThan(150_000_000L);
        assertThat(paced).isGreaterThanOrEqualTo(200_000_000L);
    }
}
