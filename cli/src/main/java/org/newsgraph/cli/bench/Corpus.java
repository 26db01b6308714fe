package org.newsgraph.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The documents a benchmark runs over: the {@code .txt} files of one directory, sorted by name.
 *
 * @param directory where the files were read from
 * @param documents the documents, in file-name order
 */
public record Corpus(Path directory, List<Document> documents) {

    /**
     * One text file.
     *
     * @param id   the file name
     * @param text its content, decoded as UTF-8
     */
    public record Document(String id, String text) {
        public Document {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    public Corpus {
        Objects.requireNonNull(directory, "directory");
        documents = List.copyOf(documents);
    }

    /**
     * Reads the first {@code limit} {@code .txt} files of {@code directory} in name order.
     *
     * @throws IllegalArgumentException if {@code directory} is not a directory or {@code limit < 1}
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static Corpus read(Path directory, int limit) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("not a directory: " + directory);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .limit(limit)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        List<Document> documents = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                documents.add(new Document(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new Corpus(directory, documents);
    }

    public int size() {
        return documents.size();
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }
}
