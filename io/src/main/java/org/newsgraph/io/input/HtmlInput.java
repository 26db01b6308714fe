package org.newsgraph.io.input;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
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
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return new InputItem.Failed(name, "file is " + ByteSize.overLimit(size, options.maxBytes()));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                return new InputItem.Failed(name, "empty");
            }
            String binary = hasUtf16Bom(bytes) ? null : TextDecoder.binaryProblem(bytes);
            if (binary != null) {
                return new InputItem.Failed(name, binary);
            }
            return item(name, EXTRACTOR.extract(bytes, null, null, InputFiles.stem(file)));
        } catch (IOException e) {
            return new InputItem.Failed(name, InputFiles.reason(e));
        }
    }

    InputItem readUrl(String url) {
        try {
            FetchedPage page = fetcher.fetch(url);
            return item(url, EXTRACTOR.extract(page.body(), page.charset(), page.uri().toString(), id(page.uri())));
        } catch (FetchException e) {
            return new InputItem.Failed(url, e.getMessage());
        }
    }

    private InputItem item(String name, HtmlArticle page) {
        if (page.isEmpty()) {
            return new InputItem.Failed(name, "no article text found in the page");
        }
        Article article = page.article();
        if (article.published() == null && options.defaultPublished() != null) {
            article = article.withPublished(options.defaultPublished());
        }
        return new InputItem.Loaded(name, article);
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
