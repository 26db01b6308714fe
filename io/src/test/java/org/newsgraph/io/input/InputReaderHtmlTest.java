package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.html.FetchOptions;
import org.newsgraph.io.html.PageFetcher;
import org.newsgraph.io.html.TestServer;
import org.newsgraph.model.Article;

class InputReaderHtmlTest {

    private static final String PAGE = """
            <html lang="en"><head><title>Bridge reopens | Valley News</title>
            <meta property="og:site_name" content="Valley News"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="article-body">
            <p>The old bridge reopened to traffic on Friday after two years of repairs, the county said.</p>
            <p>Buses will use it again from Monday.</p>
            </div>
            <div class="share-buttons"><a href="#">Share</a></div></body></html>
            """;
    private static final String TEXT = "The old bridge reopened to traffic on Friday after two years of repairs, "
            + "the county said.\n\nBuses will use it again from Monday.";
    private static final String INDEX = """
            <html><body><h1>All news</h1><ul>
            <li><a href="/1">Bridge reopens after two years of repairs</a></li>
            <li><a href="/2">Buses return to the valley on Monday</a></li></ul></body></html>
            """;

    @TempDir
    Path dir;

    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Reads with a fetcher that may reach the loopback test server. */
    private List<InputItem> read(ReadOptions options, String... inputs) {
        try (Stream<InputItem> items = new InputReader(options, () -> new ByteArrayInputStream(new byte[0]),
                new PageFetcher(FetchOptions.defaults().withPrivateAddresses(true))).read(List.of(inputs))) {
            return items.toList();
        }
    }

    private List<InputItem> read(String... inputs) {
        return read(ReadOptions.defaults(), inputs);
    }

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path.toString();
    }

    @Test
    void htmlFileIsAnArticlePage() throws IOException {
        String path = file("bridge.html", PAGE);

        assertThat(read(path)).containsExactly(new InputItem.Loaded(path,
                new Article("bridge", TEXT, "Bridge reopens", null, null, "Valley News")));
    }

    @Test
    void htmFilesToo() throws IOException {
        String path = file("bridge.HTM", PAGE);

        assertThat(read(path)).extracting(InputItem::name).containsExactly(path);
        assertThat(((InputItem.Loaded) read(path).get(0)).article().text()).isEqualTo(TEXT);
    }

    @Test
    void latin1PageDeclaredInItsMetaIsDecoded() throws IOException {
        Path path = dir.resolve("cafe.html");
        Files.write(path, ("<html><head><meta charset='iso-8859-1'></head><body><article><p>Das Caf\u00e9 am Markt "
                + "\u00f6ffnet am Montag wieder, nach zwei Monaten Umbau und einem neuen Dach.</p></article>"
                + "</body></html>").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(read(path.toString())).containsExactly(new InputItem.Loaded(path.toString(), Article.of("cafe",
                "Das Caf\u00e9 am Markt \u00f6ffnet am Montag wieder, nach zwei Monaten Umbau und einem neuen Dach.")));
    }

    @Test
    void pageWithoutArticleTextFails() throws IOException {
        String path = file("index.html", INDEX);

        assertThat(read(path)).containsExactly(new InputItem.Failed(path, "no article text found in the page"));
    }

    @Test
    void emptyHtmlFile() throws IOException {
        String path = file("empty.html", "");

        assertThat(read(path)).containsExactly(new InputItem.Failed(path, "empty"));
    }

    @Test
    void defaultPublicationDateAppliesWhenThePageHasNone() throws IOException {
        String path = file("bridge.html", PAGE);

        assertThat(read(ReadOptions.defaults().withDefaultPublished("2024-05-03"), path))
                .extracting(item -> ((InputItem.Loaded) item).article().published()).containsExactly("2024-05-03");
    }

    @Test
    void urlIsFetchedAndNamedAfterItsLastPathSegment() {
        server.page("/2024/05/03/bridge-reopens.html", 200, "text/html; charset=utf-8",
                PAGE.getBytes(StandardCharsets.UTF_8));
        String url = server.url("/2024/05/03/bridge-reopens.html");

        assertThat(read(url)).containsExactly(new InputItem.Loaded(url,
                new Article("bridge-reopens", TEXT, "Bridge reopens", "2024-05-03", url, "Valley News")));
    }

    @Test
    void theDefaultReaderRefusesALoopbackUrlNamingTheOption() {
        server.page("/a.html", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        String url = server.url("/a.html");

        try (Stream<InputItem> items = new InputReader(ReadOptions.defaults()).read(List.of(url))) {
            assertThat(items.toList()).containsExactly(new InputItem.Failed(url,
                    "refused: 127.0.0.1 is a loopback address (--allow-private-fetch allows it)"));
        }
        assertThat(server.userAgents()).isEmpty();
    }

    @Test
    void urlThatIsNotFoundFailsWithTheStatus() {
        server.page("/missing", 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
        String url = server.url("/missing");

        assertThat(read(url)).containsExactly(new InputItem.Failed(url, "HTTP 404 (not found)"));
    }

    @Test
    void urlOfSomethingElseThanHtmlFails() {
        server.page("/data.json", 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        String url = server.url("/data.json");

        assertThat(read(url)).containsExactly(new InputItem.Failed(url, "not an HTML page (application/json)"));
    }

    @Test
    void urlOfAnIndexPageFails() {
        server.page("/news/", 200, "text/html", INDEX.getBytes(StandardCharsets.UTF_8));
        String url = server.url("/news/");

        assertThat(read(url)).containsExactly(new InputItem.Failed(url, "no article text found in the page"));
    }

    @Test
    void badUrlsDoNotStopTheOthers() throws IOException {
        server.page("/a", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8))
                .page("/b", 500, "text/html", new byte[0]);
        String text = file("note.txt", "Council meets.");

        assertThat(read(server.url("/b"), server.url("/a"), text)).containsExactly(
                new InputItem.Failed(server.url("/b"), "HTTP 500 (internal server error)"),
                new InputItem.Loaded(server.url("/a"), new Article("a", TEXT, "Bridge reopens", null, server.url("/a"),
                        "Valley News")),
                new InputItem.Loaded(text, Article.of("note", "Council meets.")));
    }

    @Test
    void urlIdsComeFromThePath() {
        assertThat(HtmlInput.id(java.net.URI.create("https://x.example/2024/05/storm-hits.html"))).isEqualTo("storm-hits");
        assertThat(HtmlInput.id(java.net.URI.create("https://x.example/news/storm/"))).isEqualTo("storm");
        assertThat(HtmlInput.id(java.net.URI.create("https://x.example/news/index.html"))).isEqualTo("news");
        assertThat(HtmlInput.id(java.net.URI.create("https://x.example/"))).isEqualTo("x.example");
    }
}
