package org.newsgraph.io.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.html.FetchOptions;
import org.newsgraph.io.html.PageFetcher;

/**
 * Reads inputs into articles. An input is a file, a directory (its .txt, .json, .jsonl, .html, .htm,
 * .warc and .warc.gz files, recursively, in path order), an http(s) URL of an article page, or {@code -} for standard input.
 * A .txt file (or any file named explicitly that is not .json, .jsonl, .html or .htm) is an article
 * body; a .json file is one article object; a .jsonl file has one article object per line; an .html
 * or .htm file, like a URL, is an article page whose main text and metadata are extracted
 * ({@link org.newsgraph.io.html.HtmlArticleExtractor}); a .warc or .warc.gz file yields the
 * articles of its HTML pages ({@link org.newsgraph.io.warc.WarcArticles}). URLs are fetched with a
 * {@link PageFetcher}.
 *
 * <p>Items are produced lazily, in input order: a directory is listed, and a file opened, only when
 * the stream reaches it, and JSON Lines are read one line at a time. Every input that cannot be read
 * yields an {@link InputItem.Failed} and reading goes on with the next. Close the stream to release
 * an open file. Thread-safe to share; each stream is for one thread.
 */
public final class InputReader {

    private final ReadOptions options;
    private final Supplier<InputStream> stdin;
    private final HtmlInput html;

    /** A reader whose {@code -} is {@link System#in}. */
    public InputReader(ReadOptions options) {
        this(options, () -> System.in);
    }

    /** A reader that fetches URLs with the default {@link FetchOptions} and the size limit of {@code options}. */
    public InputReader(ReadOptions options, Supplier<InputStream> stdin) {
        this(options, stdin, new PageFetcher(FetchOptions.defaults().withMaxBytes(options.maxBytes())));
    }

    /** A reader that fetches URLs with {@code fetcher}. */
    public InputReader(ReadOptions options, Supplier<InputStream> stdin, PageFetcher fetcher) {
        this.options = Objects.requireNonNull(options, "options");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.html = new HtmlInput(options, Objects.requireNonNull(fetcher, "fetcher"));
    }

    /** The items of {@code inputs}, in order. */
    public Stream<InputItem> read(List<String> inputs) {
        Items items = new Items(List.copyOf(inputs).iterator());
        Spliterator<InputItem> split = Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(items::close);
    }

    private Iterator<InputItem> itemsOf(String input) {
        if (input.equals("-")) {
            return new StdinReader(options).read(stdin.get());
        }
        if (HtmlInput.isUrl(input)) {
            return List.of(html.readUrl(input)).iterator();
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            return failed(input, "no such file or directory");
        }
        if (Files.isDirectory(path)) {
            return new DirectoryItems(input, new FileTree(path));
        }
        return itemsOfFile(path, input);
    }

    private Iterator<InputItem> itemsOfFile(Path file, String name) {
        if (org.newsgraph.io.warc.WarcArticles.isWarc(file)) {
            return html.items(WarcInput.read(file, name, options));
        }
        if (InputFiles.format(file) == InputFiles.Format.HTML) {
            return List.of(html.readFile(file, name)).iterator();
        }
        if (InputFiles.format(file) != InputFiles.Format.JSONL) {
            return List.of(new WholeFileReader(options).read(file, name)).iterator();
        }
        try {
            String stem = InputFiles.stem(file);
            return new JsonLinesReader(name, Files.newInputStream(file), options, line -> stem + "-" + line);
        } catch (IOException e) {
            return failed(name, InputFiles.reason(e));
        }
    }

    private static Iterator<InputItem> failed(String name, String reason) {
        return List.<InputItem>of(new InputItem.Failed(name, reason)).iterator();
    }

    /** Closes {@code items} if it holds a resource. */
    static void closeIfCloseable(Iterator<?> items) {
        if (items instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The items of all inputs, one input after another, closing each when it is done. */
    private final class Items implements Iterator<InputItem> {

        private final Iterator<String> inputs;
        private Iterator<InputItem> current = Collections.emptyIterator();

        Items(Iterator<String> inputs) {
            this.inputs = inputs;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                closeIfCloseable(current);
                if (!inputs.hasNext()) {
                    current = Collections.emptyIterator();
                    return false;
                }
                current = itemsOf(inputs.next());
            }
            return true;
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        void close() {
            closeIfCloseable(current);
        }
    }

    /** The items of the files in one directory tree; a failure if it holds no article file. */
    private final class DirectoryItems implements Iterator<InputItem>, Closeable {

        private final String name;
        private final FileTree files;
        private Iterator<InputItem> current = Collections.emptyIterator();
        private boolean sawFile;

        DirectoryItems(String name, FileTree files) {
            this.name = name;
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                closeIfCloseable(current);
                current = nextFile();
                if (current == null) {
                    current = Collections.emptyIterator();
                    return false;
                }
            }
            return true;
        }

        private @Nullable Iterator<InputItem> nextFile() {
            if (!files.hasNext()) {
                if (sawFile) {
                    return null;
                }
                sawFile = true;
                return failed(name, "no " + InputFiles.EXTENSIONS + " files in this directory");
            }
            sawFile = true;
            FileTree.Entry entry = files.next();
            String entryName = entry.path().toString();
            return entry.problem() == null ? itemsOfFile(entry.path(), entryName) : failed(entryName, entry.problem());
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() {
            closeIfCloseable(current);
        }
    }
}
