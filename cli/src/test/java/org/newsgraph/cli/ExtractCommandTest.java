package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph extract}: article JSON per page, any language, failures reported and the rest written. */
class ExtractCommandTest {

    static final String ENGLISH = "<html lang=\"en\"><head><title>Harbour wall to be rebuilt</title>"
            + "<meta name=\"author\" content=\"Jane Doe\">"
            + "<meta property=\"article:published_time\" content=\"2024-01-02T08:00:00Z\">"
            + "<meta property=\"og:site_name\" content=\"Port Ellis News\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav><article><h1>Harbour wall to be rebuilt</h1>"
            + "<p>The council of Port Ellis voted on Monday to rebuild the harbour wall that the storm of last winter "
            + "broke in two places.</p><p>Work is to start in the spring and to take two years, the mayor said.</p>"
            + "</article><footer>Copyright Port Ellis News</footer></body></html>";

    static final String GERMAN = "<html lang=\"de\"><head><title>Neue Brücke über den Fluss</title>"
            + "<meta property=\"og:site_name\" content=\"Stadtanzeiger\"></head><body><article>"
            + "<h1>Neue Brücke über den Fluss</h1><p>Der Stadtrat hat am Montag beschlossen, die alte Brücke über "
            + "den Fluss abzureißen und eine neue zu bauen, die auch für Radfahrer breit genug ist.</p>"
            + "<p>Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin.</p>"
            + "</article></body></html>";

    static final String ENGLISH_JSON = "{\"id\":\"harbour\",\"url\":null,\"title\":\"Harbour wall to be rebuilt\","
            + "\"byline\":\"Jane Doe\",\"published\":\"2024-01-02T08:00:00Z\",\"publisher\":\"Port Ellis News\","
            + "\"language\":\"en\",\"text\":\"The council of Port Ellis voted on Monday to rebuild the harbour wall "
            + "that the storm of last winter broke in two places.\\n\\nWork is to start in the spring and to take "
            + "two years, the mayor said.\"}";

    static final String GERMAN_JSON = "{\"id\":\"bruecke\",\"url\":null,\"title\":\"Neue Brücke über den Fluss\","
            + "\"byline\":null,\"published\":null,\"publisher\":\"Stadtanzeiger\",\"language\":\"de\","
            + "\"text\":\"Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss abzureißen und eine "
            + "neue zu bauen, die auch für Radfahrer breit genug ist.\\n\\nDie Arbeiten sollen im Frühjahr beginnen "
            + "und zwei Jahre dauern, sagte die Bürgermeisterin.\"}";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void anEnglishAndAGermanPageAreOneJsonLineEach() throws IOException {
        Path pages = dir.resolve("pages");
        write("pages/harbour.html", ENGLISH);
        write("pages/sub/bruecke.htm", GERMAN);
        write("pages/notes.txt", "not a page");

        CliRun run = CliRun.of("extract", pages.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo(ENGLISH_JSON + "\n" + GERMAN_JSON + "\n");
        assertThat(run.err()).isEqualTo("extract: 2 pages\n");
    }

    @Test
    void aWarcWithAGoodAndABrokenRecordGivesThePageAndOneFailure() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, concat(record("https://news.example.org/2024/harbour.html", ENGLISH, null),
                record("https://news.example.org/2024/bridge.html", GERMAN, "-5")));

        CliRun run = CliRun.of("extract", warc.toString(), dir.resolve("missing.html").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(ENGLISH_JSON.replace("\"id\":\"harbour\",\"url\":null",
                "\"id\":\"news.example.org/2024/harbour.html\",\"url\":\"https://news.example.org/2024/harbour.html\"")
                + "\n");
        assertThat(run.err().lines().toList()).hasSize(3);
        assertThat(run.err()).startsWith(warc + ": cannot read the WARC file: ")
                .contains(dir.resolve("missing.html") + ": no such file or directory\n")
                .endsWith("extract: 1 page, 2 failed\n");
    }

    @Test
    void outputGoesToTheFileAndAPageWithoutTextFails() throws IOException {
        Path page = write("harbour.html", ENGLISH);
        Path index = write("index.html", "<html><body><a href=\"/a\">A</a> <a href=\"/b\">B</a></body></html>");
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("extract", "--output", out.toString(), index.toString(), page.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(ENGLISH_JSON + "\n");
        assertThat(run.err()).isEqualTo(index + ": no article text found in the page\nextract: 1 page, 1 failed\n");
    }

    @Test
    void aUrlOnLoopbackIsRefusedUnlessTheOptionAllowsIt() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ENGLISH.getBytes(StandardCharsets.UTF_8);
        server.createContext("/harbour.html", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/harbour.html";

            CliRun refused = CliRun.of("extract", url);
            CliRun allowed = CliRun.of("extract", "--allow-private-fetch", url);

            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).isEqualTo(url
                    + ": refused: 127.0.0.1 is a loopback address (--allow-private-fetch allows it)\n"
                    + "extract: 0 pages, 1 failed\n");
            assertThat(allowed.exitCode()).isZero();
            assertThat(allowed.out()).isEqualTo(ENGLISH_JSON.replace("\"url\":null", "\"url\":\"" + url + "\"")
                    + "\n");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void inputsAreRequired() {
        CliRun run = CliRun.of("extract");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter");
    }

    /** One WARC response record of an HTML page; {@code contentLength} null for the true length. */
    private static byte[] record(String targetUri, String html, String contentLength) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] block = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(block) + ">\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: "
                + targetUri + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
                + (contentLength == null ? Integer.toString(block.length) : contentLength) + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
