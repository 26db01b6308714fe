package org.newsgraph.io.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The article files under a directory (.txt, .json, .jsonl, .html, .htm, .warc, .warc.gz), recursively, in path order: each
 * directory's entries sorted by name, subdirectories walked where they sort. Lazy: a directory is
 * listed only when the walk reaches it, so only one directory's names per level are in memory.
 * Symbolic links to directories are not followed (they could loop). A directory that cannot be
 * listed is reported as {@link Entry#problem()}. Not thread-safe.
 */
final class FileTree implements Iterator<FileTree.Entry> {

    /** A file to read, or a directory that could not be listed. */
    record Entry(Path path, @Nullable String problem) {
    }

    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private @Nullable Entry next;

    private final Predicate<Path> wanted;

    /** The article files under {@code root} ({@link InputFiles#isArticleFile}). */
    FileTree(Path root) {
        this(root, InputFiles::isArticleFile);
    }

    /** The files under {@code root} whose path {@code wanted} accepts. */
    FileTree(Path root, Predicate<Path> wanted) {
        this.wanted = wanted;
        push(root);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Path path = top.next();
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                push(path);
            } else if (wanted.test(path) && Files.isRegularFile(path)) {
                next = new Entry(path, null);
            }
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry entry = next;
        next = null;
        return entry;
    }

    private void push(Path directory) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            entries.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof IOException io ? InputFiles.reason(io) : String.valueOf(e.getMessage());
            next = new Entry(directory, "cannot list directory: " + reason);
            return;
        }
        children.sort(null);
        stack.push(children.iterator());
    }
}
