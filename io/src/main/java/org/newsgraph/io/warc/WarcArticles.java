package org.newsgraph.io.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.model.Article;

/**
 * The articles of a WARC file, one per HTML page (a response record with an HTTP status of 200 and
 * a {@code text/html} or {@code application/xhtml+xml} content type), in file order, lazily. Every
 * other record is skipped and counted. A page's article id is {@link ArticleIds#of its URL}, so
 * reading the same archive again gives the same articles. Not thread-safe; close it to release the
 * file.
 */
public final class WarcArticles implements Iterator<WarcArticles.Page>, Closeable {

    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

    /**
     * One HTML page of the archive: what was extracted from it, or why nothing was.
     *
     * @param url       the page's target URL
     * @param extracted the extracted page (article, byline, declared language); null if the page is
     *                  over the size limit or has no main text
     * @param problem   why there is no article, for the user; null when there is one
     */
    public record Page(String url, @Nullable HtmlArticle extracted, @Nullable String problem) {

        /** The extracted article, or null. */
        public @Nullable Article article() {
            return extracted == null ? null : extracted.article();
        }
    }

    /** The {@link Page#url} of a record that could not be parsed. */
    public static final String MALFORMED = "(malformed record)";

    /** The {@link Page#url} of a response record without a target URI. */
    public static final String NO_TARGET = "(no WARC-Target-URI)";

    private final Path file;
    private WarcReader reader;
    private final long maxBytes;
    private @Nullable Page next;
    private int pages;
    private int skipped;
    private boolean done;
    /** Where in the file the current reader started: 0, or where it was reopened after a broken record. */
    private long base;

    private WarcArticles(Path file, WarcReader reader, long maxBytes) {
        this.file = file;
        this.reader = reader;
        this.maxBytes = maxBytes;
    }

    /**
     * Opens {@code file} (compression detected from its content).
     *
     * @param maxBytes largest page body extracted; larger pages yield a {@link Page} with a problem
     * @throws IOException if the file cannot be opened or is not a WARC file
     */
    public static WarcArticles open(Path file, long maxBytes) throws IOException {
        return new WarcArticles(file, new WarcReader(file), maxBytes);
    }

    /** True for a WARC file name: {@code .warc}, {@code .warc.gz} or {@code .warc.zst}. */
    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".warc.zst");
    }

    /** Counts the pages and skipped records of {@code file} without extracting anything. */
    public static WarcCounts count(Path file) throws IOException {
        int pages = 0;
        int skipped = 0;
        WarcReader reader = new WarcReader(file);
        try {
            while (true) {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    // Counted as a page: reading reports it as one failed item.
                    pages++;
                    long start = restartAfter(file, reader);
                    if (start < 0) {
                        break;
                    }
                    reader = openAt(file, start);
                    continue;
                }
                if (record.isEmpty()) {
                    break;
                }
                if (htmlPage(record.get()) != null) {
                    pages++;
                } else {
                    skipped++;
                }
            }
        } finally {
            reader.close();
        }
        return new WarcCounts(pages, skipped);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            try {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    done = true;
                } else {
                    next = read(record.get());
                }
            } catch (IOException | RuntimeException e) {
                // A malformed record (a negative Content-Length, a broken header): one failure,
                // then on with the next record that starts after it, if one can be found.
                next = new Page(MALFORMED, null, "cannot read the WARC file: " + WarcProblems.describe(e, base));
                resync();
            }
        }
        return next != null;
    }

    @Override
    public Page next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Page page = next;
        next = null;
        return page;
    }

    /** Reopens the archive after a broken record, or ends the reading if no record starts after it. */
    private void resync() {
        long start = restartAfter(file, reader);
        try {
            if (start >= 0) {
                reader = openAt(file, start);
                base = start;
                return;
            }
        } catch (IOException e) {
            // Cannot reopen: the records read so far stand.
        }
        done = true;
    }

    /**
     * Closes {@code broken} and finds the first record start after its position: a {@code WARC/}
     * version line in an uncompressed file, a gzip member header in a compressed one; -1 if there is
     * none (or the file cannot be read).
     */
    private static long restartAfter(Path file, WarcReader broken) {
        long from = broken.position() + 1;
        boolean gzip = broken.compression() == WarcCompression.GZIP;
        try {
            broken.close();
            try (FileChannel channel = FileChannel.open(file)) {
                return RecordStarts.next(channel, from, gzip);
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static WarcReader openAt(Path file, long start) throws IOException {
        FileChannel channel = FileChannel.open(file);
        channel.position(start);
        return new WarcReader(channel);
    }

    /** What the records read so far held. */
    public WarcCounts counts() {
        return new WarcCounts(pages, skipped);
    }

    private @Nullable Page read(WarcRecord record) throws IOException {
        HttpResponse http = htmlPage(record);
        if (http == null) {
            skipped++;
            return null;
        }
        pages++;
        String url = ((WarcResponse) record).target();
        if (url == null || url.isBlank()) {
            // No URL, no article id: this one record is a failure, the archive reads on.
            return new Page(NO_TARGET, null, "the record has no WARC-Target-URI");
        }
        byte[] body;
        try (InputStream in = http.body().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            return new Page(url, null, String.format(Locale.ROOT, "page is over the limit of %,d bytes", maxBytes));
        }
        String charset = http.contentType().parameters().get("charset");
        HtmlArticle extracted = EXTRACTOR.extract(body, supported(charset), url, ArticleIds.of(url));
        if (extracted.isEmpty()) {
            return new Page(url, null, HtmlArticle.NO_TEXT);
        }
        return new Page(url, extracted, null);
    }

    /** The HTTP response of an HTML page with status 200, else null. */
    private static @Nullable HttpResponse htmlPage(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return null; // not an HTTP response (DNS, gemini...) or a malformed one
        }
        if (http.status() != 200) {
            return null;
        }
        MediaType type = http.contentType().base();
        String name = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return name.equals("text/html") || name.equals("application/xhtml+xml") ? http : null;
    }

    private static @Nullable String supported(@Nullable String charset) {
        if (charset == null) {
            return null;
        }
        try {
            return java.nio.charset.Charset.isSupported(charset) ? charset : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
