package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import picocli.CommandLine;

/** {@code newsgraph ingest crawl.warc.gz}: HTML articles stored, other records skipped, runs idempotent. */
class IngestWarcTest {

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private Result ingest(String db, Path warc) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new IngestCommand(new FakeAnalyzer(0), Map.of()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--db", dir.resolve(db).toString(), warc.toString());
        return new Result(code, out.toString(), err.toString());
    }

    private List<ArticleKey> keys(String db) {
        try (ArticleStore store = Stores.open(dir.resolve(db).toString())) {
            return store.keys();
        }
    }

    private static String article(String title, String subject) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                + "<p>The council of Port Ellis voted on Monday to spend more money on " + subject
                + ", after a long debate in the town hall that lasted well into the evening.</p>"
                + "<p>Residents said they had waited years for the decision about " + subject
                + " and hoped that the work would start before the end of the summer.</p></article></body></html>";
    }

    private static WarcResponse response(String url, int status, String contentType, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    /** Writes the first {@code count} records of the fixture archive. */
    private Path warc(String name, int count) throws IOException {
        List<WarcResponse> records = List.of(
                response("https://news.example.org/harbour.html", 200, "text/html; charset=utf-8",
                        article("Harbour wall", "the harbour wall")),
                response("https://news.example.org/logo.png", 200, "image/png", "PNG"),
                response("https://news.example.org/bridge.html", 200, "text/html", article("Bridge", "the bridge")),
                response("https://news.example.org/old.html", 404, "text/html", "<p>gone</p>"),
                response("https://news.example.org/app.js", 200, "application/javascript", "var x = 1;"),
                response("https://news.example.org/library.html", 200, "text/html", article("Library", "the library")));
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (WarcResponse record : records.subList(0, count)) {
                writer.write(record);
            }
        }
        return file;
    }

    @Test
    void htmlArticlesAreStoredAndTheRestSkipped() throws IOException {
        Path crawl = warc("crawl.warc.gz", 6);

        Result first = ingest("db", crawl);

        assertThat(first.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(first.out()).contains("3 stored (3 new articles, 0 new versions), 0 unchanged, 0 failed")
                .contains(crawl + ": 3 HTML pages, 3 other records skipped");
        assertThat(keys("db")).extracting(ArticleKey::id).containsExactly("news.example.org/bridge.html",
                "news.example.org/harbour.html", "news.example.org/library.html");

        Result second = ingest("db", crawl);

        assertThat(second.out()).contains("0 stored (0 new articles, 0 new versions), 3 unchanged, 0 failed");
        assertThat(keys("db")).hasSize(3);
    }

    @Test
    void anInterruptedRunResumedEndsWithTheSameStoreAsOneCleanRun() throws IOException {
        Path partial = warc("partial.warc.gz", 3);
        Path crawl = warc("crawl.warc.gz", 6);

        ingest("resumed", partial);
        Result resumed = ingest("resumed", crawl);
        ingest("clean", crawl);

        assertThat(resumed.out()).contains("1 stored (1 new article, 0 new versions), 2 unchanged");
        assertThat(keys("resumed")).isEqualTo(keys("clean")).hasSize(3);
    }
}
