package org.newsgraph.io.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * A small gzip-compressed WARC written with jwarc: two article pages, a page without article text,
 * a 404 page, an image, a stylesheet and a request record.
 */
public final class WarcFixtures {

    private WarcFixtures() {
    }

    /** An article page whose body has two paragraphs about {@code subject}. */
    public static String article(String title, String subject) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                + "<article><h1>" + title + "</h1>"
                + "<p>The council of Port Ellis voted on Monday to spend more money on " + subject
                + ", after a long debate in the town hall that lasted well into the evening.</p>"
                + "<p>Residents said they had waited years for the decision about " + subject
                + " and hoped that the work would start before the end of the summer.</p>"
                + "</article><footer>Copyright The Coastal Courier</footer></body></html>";
    }

    /** Writes the fixture archive to {@code file}. */
    public static Path write(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(new WarcRequest.Builder(URI.create("https://news.example.org/2024/harbour.html"))
                    .body(MediaType.HTTP_REQUEST, ("GET /2024/harbour.html HTTP/1.1\r\nHost: news.example.org\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII))
                    .build());
            writer.write(response("https://news.example.org/2024/harbour.html", 200, "text/html; charset=utf-8",
                    article("Harbour wall to be rebuilt", "the harbour wall")));
            writer.write(response("https://news.example.org/style.css", 200, "text/css", "body { color: black }"));
            writer.write(response("https://news.example.org/logo.png", 200, "image/png", "\u0089PNG fake"));
            writer.write(response("https://news.example.org/missing.html", 404, "text/html", "<p>Not found</p>"));
            writer.write(response("https://news.example.org/", 200, "text/html",
                    "<html><body><nav><a href=\"/a\">A</a> <a href=\"/b\">B</a></nav></body></html>"));
            writer.write(response("https://other.example.com/news/library?id=7", 200, "text/html",
                    article("New library opens", "the new library")));
        }
        return file;
    }

    private static WarcResponse response(String url, int status, String contentType, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8))
                .build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }
}
