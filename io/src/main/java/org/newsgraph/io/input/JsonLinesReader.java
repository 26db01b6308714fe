package org.newsgraph.io.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The articles of a JSON Lines stream, one JSON object per line, read lazily: one line in memory at
 * a time. Blank lines are skipped. A bad line becomes a {@link InputItem.Failed} naming the line and
 * the next line is read (a binary line too); a read error or a binary first line ends the stream. Not thread-safe.
 */
final class JsonLinesReader implements Iterator<InputItem>, Closeable {

    /** How much of the start is checked for binary data. */
    private static final int SAMPLE_BYTES = 8192;

    private final String name;
    private final BufferedInputStream in;
    private final ByteLines lines;
    private final long maxLineBytes;
    private final IntFunction<String> defaultId;
    private final @Nullable String defaultPublished;
    private @Nullable InputItem next;
    private boolean done;
    private boolean sawContent;
    private boolean started;

    /**
     * @param name      the input's name, for messages
     * @param defaultId the id of an article on a given line (1-based) that has none
     */
    JsonLinesReader(String name, InputStream in, ReadOptions options, IntFunction<String> defaultId) {
        this.name = name;
        this.in = new BufferedInputStream(in, SAMPLE_BYTES);
        this.lines = new ByteLines(this.in, options.maxBytes());
        this.maxLineBytes = options.maxBytes();
        this.defaultId = defaultId;
        this.defaultPublished = options.defaultPublished();
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = readItem();
        }
        return next != null;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    /** The next item, or null for a blank line or the end (then {@code done} is set). */
    private @Nullable InputItem readItem() {
        ByteLines.Line line;
        try {
            if (!started) {
                started = true;
                String binary = TextDecoder.binaryProblem(sample());
                if (binary != null) {
                    done = true;
                    return new InputItem.Failed(name, binary);
                }
            }
            line = lines.next();
        } catch (IOException e) {
            done = true;
            return new InputItem.Failed(name, "read error: " + e.getMessage());
        }
        if (line == null) {
            done = true;
            return sawContent ? null : new InputItem.Failed(name, "empty");
        }
        if (line.isBlank()) {
            return null;
        }
        sawContent = true;
        return item(line);
    }

    private byte[] sample() throws IOException {
        in.mark(SAMPLE_BYTES);
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        // Only the first line decides: a later binary line (a NUL-only line) is one failed line.
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == '\n') {
                return java.util.Arrays.copyOf(sample, i);
            }
        }
        return sample;
    }

    private InputItem item(ByteLines.Line line) {
        String where = "line " + line.number();
        if (line.tooLong()) {
            return new InputItem.Failed(name, where + ": " + ByteSize.overLimit(line.length(), maxLineBytes));
        }
        try {
            String json = TextDecoder.decode(line.bytes(), line.offset());
            var article = JsonArticle.parse(json, defaultId.apply(line.number()), defaultPublished);
            return new InputItem.Loaded(name + ": " + where, article);
        } catch (UnreadableInputException e) {
            return new InputItem.Failed(name, where + ": " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
