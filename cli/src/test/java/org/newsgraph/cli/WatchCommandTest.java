package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import picocli.CommandLine;

/**
 * {@code newsgraph watch --once} against an in-process server on 127.0.0.1: a feed of 50 items, three
 * of them broken, with a fake analyser.
 */
class WatchCommandTest {

    private static final int ITEMS = 50;

    @TempDir
    Path dir;

    private final HttpServer server = start();
    private final AtomicInteger pageRequests = new AtomicInteger();
    private final AtomicInteger feedRequests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicBoolean honourEtag = new AtomicBoolean(true);
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private record Result(int exitCode, String out, String err) {
    }

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

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Item i's page: 7 is missing (404), 19 is a PDF, 33 has no article text, the others are articles. */
    private void serveFeed() {
        server.createContext("/feed.xml", exchange -> {
            feedRequests.incrementAndGet();
            if (honourEtag.get() && "\"feed-1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>Courier</title><link>" + base() + "/</link><description>News</description>");
            for (int i = 1; i <= ITEMS; i++) {
                rss.append("<item><title>Story ").append(i).append("</title><link>").append(base())
                        .append("/news/story-").append(i).append(".html</link>")
                        .append("<pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate></item>");
            }
            rss.append("</channel></rss>");
            exchange.getResponseHeaders().add("ETag", "\"feed-1\"");
            send(exchange, 200, "application/rss+xml", rss.toString());
        });
        server.createContext("/news/", exchange -> {
            pageRequests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            int i = Integer.parseInt(path.replaceAll("\\D", ""));
            if (i == 7) {
                send(exchange, 404, "text/html", "<p>Not found</p>");
            } else if (i == 19) {
                send(exchange, 200, "application/pdf", "%PDF-1.4");
            } else if (i == 33) {
                send(exchange, 200, "text/html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
            } else if (i == 41 && failuresLeft.getAndDecrement() > 0) {
                send(exchange, 503, "text/html", "");
            } else {
                send(exchange, 200, "text/html; charset=utf-8", page(i));
            }
        });
    }

    private static String page(int i) {
        String place = "Town" + (char) ('a' + i % 26);
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Story " + i + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Story " + i + "</h1>"
                + "<p>The council of " + place + " voted on Monday to rebuild bridge number " + i
                + ", after a long debate in the town hall that lasted well into the evening.</p>"
                + "<p>Residents said they had waited " + i + " months for the decision and hoped that the "
                + "work would start before the end of the summer.</p></article></body></html>";
    }

    /** Watches with the options given after {@code --allow-private-fetch}: the test server is on loopback. */
    private Result watch(String... args) {
        List<String> all = new ArrayList<>(List.of("--allow-private-fetch"));
        all.addAll(List.of(args));
        return watchAsIs(all.toArray(String[]::new));
    }

    private Result watchAsIs(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new WatchCommand(new FakeAnalyzer(0), Map.of(), Duration.ofMillis(10)));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("db").toString(), "--once", "--delay", "0"));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    private int storedArticles() {
        try (ArticleStore store = Stores.open(dir.resolve("db").toString())) {
            return store.keys().size();
        }
    }

    @Test
    void fiftyItemsThreeBrokenThenNothingFetchedAgain() {
        serveFeed();

        Result first = watch(base() + "/feed.xml");

        assertThat(first.exitCode()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(storedArticles()).isEqualTo(47);
        assertThat(first.err().lines().filter(line -> line.startsWith("http"))).containsExactly(
                base() + "/news/story-7.html: HTTP 404 (not found)",
                base() + "/news/story-19.html: not an HTML page (application/pdf)",
                base() + "/news/story-33.html: no article text found in the page");
        assertThat(first.out()).contains("47 stored (47 new articles, 0 new versions), 0 unchanged, 3 failed")
                .contains("1 feed poll (0 not modified, 0 failed), 50 new items");
        assertThat(pageRequests).hasValue(50);
        try (ArticleStore store = Stores.open(dir.resolve("db").toString())) {
            assertThat(store.findLatest("127.0.0.1/news/story-12.html").orElseThrow().document())
                    .contains("\"title\":\"Story 12\"").contains("\"published\":\"2024-03-05T08:30:00Z\"");
        }

        Result second = watch(base() + "/feed.xml");

        assertThat(second.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(notModified).hasValue(1);
        assertThat(pageRequests).hasValue(50);
        assertThat(second.out()).contains("0 stored").contains("1 feed poll (1 not modified, 0 failed), 0 new items");

        // A server that ignores the ETag: the seen items in the store still keep the pages from being fetched.
        honourEtag.set(false);
        Result third = watch(base() + "/feed.xml");

        assertThat(third.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(feedRequests).hasValue(3);
        assertThat(pageRequests).hasValue(50);
        assertThat(storedArticles()).isEqualTo(47);
    }

    @Test
    void serverErrorsAreRetriedAndABrokenFeedDoesNotStopTheOthers() {
        serveFeed();
        failuresLeft.set(2);
        server.createContext("/broken.xml", exchange -> send(exchange, 200, "text/html", "<html>not a feed</html>"));

        Result result = watch(base() + "/broken.xml", base() + "/feed.xml");

        assertThat(result.err()).contains(base() + "/broken.xml: not an RSS or Atom feed");
        assertThat(result.err()).doesNotContain("story-41");
        assertThat(storedArticles()).isEqualTo(47);
        assertThat(pageRequests).hasValue(52);
        assertThat(result.out()).contains("2 feed polls (0 not modified, 1 failed), 50 new items");
    }

    @Test
    void aPageThatKeepsFailingIsTriedAgainOnTheNextPoll() {
        serveFeed();
        failuresLeft.set(3);

        Result first = watch("--retries", "2", base() + "/feed.xml");

        assertThat(first.err()).contains(base() + "/news/story-41.html: HTTP 503 (service unavailable)");
        assertThat(storedArticles()).isEqualTo(46);

        Result second = watch(base() + "/feed.xml");

        // After a transient failure the feed's ETag is not saved: the next poll reads it again and tries story 41.
        assertThat(second.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(storedArticles()).isEqualTo(47);
    }

    @Test
    void aFeedOnLoopbackIsRefusedUnlessTheOptionAllowsIt() {
        serveFeed();

        Result result = watchAsIs(base() + "/feed.xml");

        assertThat(result.exitCode()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(result.err().lines().filter(line -> line.startsWith("http"))).containsExactly(base()
                + "/feed.xml: refused: 127.0.0.1 is a loopback address (--allow-private-fetch allows it)");
        assertThat(result.out()).contains("1 feed poll (0 not modified, 1 failed), 0 new items");
        assertThat(feedRequests).hasValue(0);
        assertThat(storedArticles()).isZero();
    }

    @Test
    void usageErrors() {
        StringWriter err = new StringWriter();

        int scheme = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "watch", "--db",
                dir.resolve("db").toString(), "ftp://example.org/feed");
        int interval = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "watch", "--db",
                dir.resolve("db").toString(), "--interval", "0", base() + "/feed.xml");

        assertThat(scheme).isEqualTo(Main.EXIT_USAGE);
        assertThat(interval).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString().lines()).containsExactly("newsgraph: not an http(s) feed URL: ftp://example.org/feed",
                "newsgraph: --interval must be at least 1 second: 0");
    }
}
