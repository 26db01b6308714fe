package org.newsgraph.io.input;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.io.html.AddressRefusedException;
import org.newsgraph.io.html.FetchException;
import org.newsgraph.io.html.FetchedPage;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.io.html.PageFetcher;
import org.newsgraph.model.Article;

/**
 * Reads HTML pages, from .html files or http(s) URLs, into articles with
 * {@link HtmlArticleExtractor}. A file's article id is its name without the extension; a URL's is
 * the last segment of its path without the extension ({@code /2024/05/storm-hits.html} gives
 * {@code storm-hits}), else its host. The publication date from {@link ReadOptions} applies when
 * the page states none. Thread-safe.
 */
final class HtmlInput {

    private static final Pattern URL = Pattern.compile("(?i)^https?://.*");
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

    private final ReadOptions options;
    private final PageFetcher fetcher;

    HtmlInput(ReadOptions options, PageFetcher fetcher) {
        this.options = options;
        this.fetcher = fetcher;
    }

    /** True if {@code input} is an http(s) URL. */
    static boolean isUrl(String input) {
        return URL.matcher(input).matches();
    }

    InputItem readFile(Path file, String name) {
        return item(extractFile(file, name));
    }

    InputItem readUrl(String url) {
        return item(extractUrl(url));
    }

    /** The page of an HTML file, its id the file name without the extension. */
    PageItem extractFile(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return new PageItem.Failed(name, "file is " + ByteSize.overLimit(size, options.maxBytes()));
            }
            return extractBytes(Files.readAllBytes(file), name, InputFiles.stem(file));
        } catch (IOException e) {
            return new PageItem.Failed(name, InputFiles.reason(e));
        }
    }

    /** The page of an HTML document's bytes (a file's, standard input's), with no URL. */
    PageItem extractBytes(byte[] bytes, String name, String id) {
        if (bytes.length == 0) {
            return new PageItem.Failed(name, "empty");
        }
        String binary = hasUtf16Bom(bytes) ? null : TextDecoder.binaryProblem(bytes);
        if (binary != null) {
            return new PageItem.Failed(name, binary);
        }
        return page(name, EXTRACTOR.extract(bytes, null, null, id));
    }

    /** The page at an http(s) URL, fetched. */
    PageItem extractUrl(String url) {
        try {
            FetchedPage page = fetcher.fetch(url);
            return page(url, EXTRACTOR.extract(page, id(page.uri())));
        } catch (AddressRefusedException e) {
            return new PageItem.Failed(url, e.getMessage() + AddressRefusedException.ALLOW_HINT);
        } catch (FetchException e) {
            return new PageItem.Failed(url, e.getMessage());
        }
    }

    private static PageItem page(String name, HtmlArticle page) {
        return page.isEmpty() ? new PageItem.Failed(name, HtmlArticle.NO_TEXT)
                : new PageItem.Extracted(name, page);
    }

    /** A page as an input item: its article, dated by {@link ReadOptions#defaultPublished} if it states no date. */
    InputItem item(PageItem page) {
        if (page instanceof PageItem.Failed failed) {
            return new InputItem.Failed(failed.name(), failed.reason());
        }
        Article article = ((PageItem.Extracted) page).page().article();
        if (article.published() == null && options.defaultPublished() != null) {
            article = article.withPublished(options.defaultPublished());
        }
        return new InputItem.Loaded(page.name(), article);
    }

    /** Pages as input items ({@link #item}); closing the items closes the pages if they are closeable. */
    Iterator<InputItem> items(Iterator<PageItem> pages) {
        return new Items(pages);
    }

    private final class Items implements Iterator<InputItem>, Closeable {

        private final Iterator<PageItem> pages;

        Items(Iterator<PageItem> pages) {
            this.pages = pages;
        }

        @Override
        public boolean hasNext() {
            return pages.hasNext();
        }

        @Override
        public InputItem next() {
            return item(pages.next());
        }

        @Override
        public void close() throws IOException {
            if (pages instanceof Closeable closeable) {
                closeable.close();
            }
        }
    }

    /** The last path segment without its extension, else the host. */
    static String id(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i];
            int dot = segment.lastIndexOf('.');
            String stem = dot > 0 ? segment.substring(0, dot) : segment;
            if (!stem.isBlank() && !stem.toLowerCase(Locale.ROOT).equals("index")) {
                return stem;
            }
        }
        return uri.getHost() == null ? "page" : uri.getHost();
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }
}
