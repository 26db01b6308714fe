package org.newsgraph.io.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsgraph.io.html.FetchOptions;
import org.newsgraph.io.html.PageFetcher;
import org.newsgraph.io.warc.WarcArticles;

/**
 * Reads web pages into what {@link org.newsgraph.io.html.HtmlArticleExtractor} extracts from them
 * (article, byline, declared language), without any analysis: for {@code newsgraph extract}. An
 * input is an http(s) URL (fetched with a {@link PageFetcher}), a .warc or .warc.gz file (each of its
 * HTML pages, as {@link InputReader} reads them), a directory (its .html, .htm, .xhtml, .warc and
 * .warc.gz files, recursively, in path order), {@code -} for one page on standard input, or any
 * other file, read as an HTML page. A page's article id is as {@link InputReader} gives it: a file's
 * name without the extension, a URL's last path segment, a WARC page's host and path.
 *
 * <p>Pages are read lazily, in input order; every input or page that yields no article text is a
 * {@link PageItem.Failed} and reading goes on. Close the stream to release an open archive.
 * Thread-safe to share; each stream is for one thread.
 */
public final class PageReader {

    /** The extensions read from directories. */
    static final String EXTENSIONS = ".html, .htm, .xhtml, .warc or .warc.gz";

    private final ReadOptions options;
    private final Supplier<InputStream> stdin;
    private final HtmlInput html;

    /** A reader whose {@code -} is {@link System#in}, fetching with the default {@link FetchOptions}. */
    public PageReader(ReadOptions options) {
        this(options, () -> System.in, new PageFetcher(FetchOptions.defaults().withMaxBytes(options.maxBytes())));
    }

    /** A reader that reads {@code -} from {@code stdin} and fetches URLs with {@code fetcher}. */
    public PageReader(ReadOptions options, Supplier<InputStream> stdin, PageFetcher fetcher) {
        this.options = Objects.requireNonNull(options, "options");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.html = new HtmlInput(options, Objects.requireNonNull(fetcher, "fetcher"));
    }

    /** The pages of {@code inputs}, in order. */
    public Stream<PageItem> read(List<String> inputs) {
        return List.copyOf(inputs).stream().flatMap(this::pagesOf);
    }

    /** True for the files a directory walk picks up. */
    static boolean isPageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return InputFiles.format(file) == InputFiles.Format.HTML || name.endsWith(".warc")
                || name.endsWith(".warc.gz");
    }

    private Stream<PageItem> pagesOf(String input) {
        if (input.equals("-")) {
            return Stream.of(standardInput());
        }
        if (HtmlInput.isUrl(input)) {
            return Stream.of(html.extractUrl(input));
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            return Stream.of(new PageItem.Failed(input, "no such file or directory"));
        }
        if (Files.isDirectory(path)) {
            FileTree files = new FileTree(path, PageReader::isPageFile);
            if (!files.hasNext()) {
                return Stream.of(new PageItem.Failed(input, "no " + EXTENSIONS + " files in this directory"));
            }
            return stream(files).flatMap(entry -> entry.problem() == null
                    ? pagesOfFile(entry.path(), entry.path().toString())
                    : Stream.of(new PageItem.Failed(entry.path().toString(), entry.problem())));
        }
        return pagesOfFile(path, input);
    }

    private Stream<PageItem> pagesOfFile(Path file, String name) {
        if (WarcArticles.isWarc(file)) {
            Iterator<PageItem> pages = WarcInput.read(file, name, options);
            return stream(pages).onClose(() -> InputReader.closeIfCloseable(pages));
        }
        return Stream.of(html.extractFile(file, name));
    }

    private PageItem standardInput() {
        try {
            byte[] bytes = stdin.get().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                return new PageItem.Failed("-", String.format(Locale.ROOT,
                        "standard input is over the limit of %,d bytes", options.maxBytes()));
            }
            return html.extractBytes(bytes, "-", "stdin");
        } catch (IOException e) {
            return new PageItem.Failed("-", InputFiles.reason(e));
        }
    }

    private static <T> Stream<T> stream(Iterator<T> items) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
