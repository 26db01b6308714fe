package org.newsgraph.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.warc.WarcFixtures;

/** Malformed records in an uncompressed WARC: each one reported failure, the records after it still read. */
class InputReaderBrokenWarcTest {

    @TempDir
    Path dir;

    private List<String> read(String input) {
        InputReader reader = new InputReader(ReadOptions.defaults());
        try (Stream<InputItem> items = reader.read(List.of(input))) {
            return items.map(item -> item instanceof InputItem.Loaded loaded
                    ? loaded.name() + " -> " + loaded.article().id()
                    : item.name() + ": " + ((InputItem.Failed) item).reason()).toList();
        }
    }

    /** One response record; {@code contentLength} null for the true length. */
    static byte[] record(String targetUri, String html, String contentLength) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        byte[] block = concat(http.getBytes(StandardCharsets.US_ASCII), body);
        String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
                + ">\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: " + targetUri
                + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
                + (contentLength == null ? Integer.toString(block.length) : contentLength) + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A record with Content-Length -5, a good library page, then {@code more}. */
    private Path negativeLengthThenGood(byte[]... more) throws IOException {
        Path file = dir.resolve("crawl.warc");
        Files.write(file, concat(concat(
                record("https://news.example.org/harbour.html", WarcFixtures.article("Harbour wall", "the harbour wall"), "-5"),
                record("https://news.example.org/library.html", WarcFixtures.article("New library", "the library"), null)),
                concat(more)));
        return file;
    }

    @Test
    void aRecordWithoutTargetUriIsOneFailure() throws IOException {
        Path file = dir.resolve("crawl.warc");
        Files.write(file, concat(
                record("", WarcFixtures.article("Harbour wall to be rebuilt", "the harbour wall"), null),
                record("https://news.example.org/library.html", WarcFixtures.article("New library", "the library"), null)));

        assertThat(read(file.toString())).containsExactly(
                file + ": (no WARC-Target-URI): the record has no WARC-Target-URI",
                file + ": https://news.example.org/library.html -> news.example.org/library.html");
    }

    @Test
    void aMalformedRecordIsCountedAndTheCountingPassReadsOn() throws IOException {
        Path file = negativeLengthThenGood(
                record("https://news.example.org/park.html", WarcFixtures.article("New park", "the park"), null));

        org.newsgraph.io.warc.WarcCounts counts = org.newsgraph.io.warc.WarcArticles.count(file);

        // The malformed record counts as a page: reading reports it as one failed item.
        assertThat(counts.pages()).isEqualTo(3);
        assertThat(read(file.toString())).hasSize(3).endsWith(
                file + ": https://news.example.org/park.html -> news.example.org/park.html");
    }

    @Test
    void aRecordWithANegativeLengthIsOneFailure() throws IOException {
        Path file = negativeLengthThenGood();

        assertThat(read(file.toString())).containsExactly(
                file + ": cannot read the WARC file: a malformed record header (near byte 251)",
                file + ": https://news.example.org/library.html -> news.example.org/library.html");
    }
}
