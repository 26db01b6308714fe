package org.newsgraph.cli.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.cli.analysis.Analysed;
import org.newsgraph.codec.DocumentFormatException;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;

/**
 * Documents analysed elsewhere, read back for the store: document@1 JSON, one per line (by {@code
 * analyze --format jsonl} or {@code spark analyze --format jsonl}), or the {@code document} column of
 * the Parquet {@code documents} table of {@code spark analyze} ({@link ParquetDocuments}), from files
 * or from directories (their {@code .jsonl}, {@code .json}, {@code .parquet} and Spark {@code part-*}
 * files, recursively, in path order; names starting with {@code .} or {@code _} are skipped). A line or
 * row that is not a document, and a file that cannot be read, are {@link Analysed.Failed}; a document
 * the store already holds with the same text is {@link Analysed.Skipped}. Not thread-safe.
 */
public final class AnalysedFiles {

    private final ArticleStore store;

    public AnalysedFiles(ArticleStore store) {
        this.store = store;
    }

    /** Hands every document (or failure) of {@code inputs} to {@code sink}, in order. */
    public void read(List<String> inputs, Consumer<Analysed> sink) {
        for (String input : inputs) {
            Path path = Path.of(input);
            if (!Files.exists(path)) {
                sink.accept(new Analysed.Failed(input, "no such file or directory", null));
                continue;
            }
            List<Path> files = files(path);
            if (files.isEmpty()) {
                sink.accept(new Analysed.Failed(input, "no .jsonl, .json, .parquet or part- files in this directory",
                        null));
            }
            for (Path file : files) {
                readFile(file, sink);
            }
        }
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(Files::isRegularFile).filter(f -> isDocumentFile(f.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot list " + path, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        }
    }

    static boolean isDocumentFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".") || lower.startsWith("_") || lower.endsWith(".crc")) {
            return false;
        }
        return lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".parquet")
                || lower.startsWith("part-");
    }

    private void readFile(Path file, Consumer<Analysed> sink) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            try {
                ParquetDocuments.read(file, (row, json) -> sink.accept(document(file + ": row " + row, json)));
            } catch (IOException e) {
                sink.accept(new Analysed.Failed(file.toString(), "cannot read as Parquet: " + e.getMessage(), e));
            }
            return;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    sink.accept(document(file + ": line " + number, line));
                }
            }
        } catch (IOException e) {
            sink.accept(new Analysed.Failed(file.toString(), "cannot read: " + e.getMessage(), e));
        }
    }

    private Analysed document(String name, String line) {
        try {
            Doc doc = DocumentReader.read(line);
            return store.contains(ArticleKey.of(doc.article())) ? new Analysed.Skipped(name)
                    : new Analysed.Document(name, doc, 0);
        } catch (DocumentFormatException e) {
            return new Analysed.Failed(name, "not a newsgraph document: " + e.getMessage(), e);
        }
    }
}
