package org.newsgraph.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.feed.FeedFetcher;
import org.newsgraph.io.feed.FeedItem;
import org.newsgraph.io.html.FetchException;
import org.newsgraph.io.input.InputItem;
import org.newsgraph.io.input.InputReader;
import org.newsgraph.io.input.ReadOptions;
import org.newsgraph.model.Article;

/**
 * Puts one {@link HostileFiles.HostileFile} through the reader of its kind (a file through
 * {@link InputReader}, a feed through {@link FeedFetcher#items}) and checks the contract every reader
 * keeps: each input gives articles or reported failures, never an exception, and every failure is one
 * line a user can read. Not thread-safe (one scratch file at a time).
 */
public final class ReaderFuzz {

    /**
     * What reading one file gave.
     *
     * @param file       the file read
     * @param articles   articles read from it (feed items for a feed)
     * @param failures   reported failures (a feed that is not one counts as one)
     * @param violations broken promises: an exception that escaped, a failure message that is blank,
     *                   spans lines or names a Java class, an article with a blank id or text
     * @param nanos      how long reading took
     */
    public record Outcome(HostileFiles.HostileFile file, int articles, int failures, List<String> violations, long nanos) {
        public Outcome {
            violations = List.copyOf(violations);
        }

        /** True if every promise held. */
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    /** Longer than this, a failure message quotes the input or a library's dump, not a reason. */
    static final int MAX_MESSAGE = 200;
    /** Traces of a library's message that a user cannot act on. */
    private static final List<String> INTERNALS = List.of("[Source:", "from `", "For input string", "<-- HERE -->",
            "StreamReadConstraints");

    private final Path scratch;
    private final InputReader reader;

    /** @param scratch an existing directory for the one file being read */
    public ReaderFuzz(Path scratch, ReadOptions options) {
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        this.reader = new InputReader(options);
    }

    /** Reads {@code file} and reports what it gave. */
    public Outcome read(HostileFiles.HostileFile file) {
        return read(file, article -> { });
    }

    /** Reads {@code file}, hands every article read from it to {@code articles}, and reports what it gave. */
    public Outcome read(HostileFiles.HostileFile file, Consumer<Article> articles) {
        long start = System.nanoTime();
        List<String> violations = new ArrayList<>();
        int[] counts = new int[2];
        try {
            if (file.kind() == HostileFiles.Kind.FEED) {
                readFeed(file, counts, violations);
            } else {
                readFile(file, counts, violations, articles);
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            violations.add("escaped: " + e);
        }
        return new Outcome(file, counts[0], counts[1], violations, System.nanoTime() - start);
    }

    private void readFile(HostileFiles.HostileFile file, int[] counts, List<String> violations, Consumer<Article> articles) {
        Path path = scratch.resolve(file.name());
        try {
            Files.write(path, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scratch file " + path, e);
        }
        try (Stream<InputItem> items = reader.read(List.of(path.toString()))) {
            items.forEach(item -> {
                check(item, counts, violations);
                if (item instanceof InputItem.Loaded loaded) {
                    articles.accept(loaded.article());
                }
            });
        } finally {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                violations.add("cannot delete the scratch file: " + e.getMessage());
            }
        }
        if (counts[0] + counts[1] == 0 && file.kind() != HostileFiles.Kind.WARC && file.kind() != HostileFiles.Kind.WARC_GZ) {
            violations.add("neither an article nor a failure");
        }
    }

    private static void check(InputItem item, int[] counts, List<String> violations) {
        if (item instanceof InputItem.Loaded loaded) {
            counts[0]++;
            if (loaded.article().id().isBlank() || loaded.article().text().isBlank()) {
                violations.add("an article with a blank id or text: " + loaded.name());
            }
        } else if (item instanceof InputItem.Failed failed) {
            counts[1]++;
            String problem = messageProblem(failed.reason());
            if (problem != null) {
                violations.add(problem + ": " + failed.name() + ": " + failed.reason());
            }
        }
    }

    private static void readFeed(HostileFiles.HostileFile file, int[] counts, List<String> violations) {
        try {
            List<FeedItem> items = FeedFetcher.items(file.bytes(), URI.create("https://feeds.example.org/news.xml"));
            counts[0] += items.size();
            for (FeedItem item : items) {
                if (item.url().isBlank()) {
                    violations.add("a feed item with a blank link");
                }
                if (item.title() != null && item.title().contains("lollollol")) {
                    violations.add("an entity bomb was expanded");
                }
            }
        } catch (FetchException e) {
            counts[1]++;
            // The reason is the parser's message; only its shape is promised.
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                violations.add("a blank feed failure");
            }
        }
    }

    /** What is wrong with a failure message for users, or null if nothing. */
    static @Nullable String messageProblem(String reason) {
        if (reason.isBlank()) {
            return "a blank failure message";
        }
        if (reason.contains("\n") || reason.contains("\r")) {
            return "a failure message over several lines";
        }
        if (reason.matches(".*\\b(java|javax|com|org)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*")) {
            return "a failure message naming a Java class";
        }
        if (reason.length() > MAX_MESSAGE) {
            return "a failure message over " + MAX_MESSAGE + " characters";
        }
        for (String internal : INTERNALS) {
            if (reason.contains(internal)) {
                return "a failure message with a library's internals (" + internal + ")";
            }
        }
        if (reason.equals("null") || reason.endsWith(": null")) {
            return "a failure message without its reason (null)";
        }
        return null;
    }
}
