package org.newsgraph.io.input;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a byte stream line by line without decoding it, so that each line can be checked on its
 * own. A line longer than the limit is skipped, not buffered: memory stays bounded by the limit
 * whatever the input. Not thread-safe.
 */
final class ByteLines implements Closeable {

    /**
     * One line.
     *
     * @param number  1-based line number
     * @param offset  byte offset of the line in the stream
     * @param bytes   the line without its line end ({@code \n} or {@code \r\n}); empty if too long
     * @param length  the line's length in bytes, line end excluded
     */
    record Line(int number, long offset, byte[] bytes, long length) {

        boolean tooLong() {
            return bytes.length != length;
        }

        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return !tooLong();
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long consumed;
    private int lineNumber;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    @Nullable Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long start = consumed;
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            sawAny = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - position;
            if (length + chunk <= maxLineBytes) {
                line.write(buffer, position, chunk);
            }
            length += chunk;
            boolean endOfLine = end < limit;
            consumed += chunk + (endOfLine ? 1 : 0);
            position = endOfLine ? end + 1 : end;
            if (endOfLine) {
                break;
            }
        }
        if (!sawAny) {
            return null;
        }
        lineNumber++;
        byte[] bytes = length > maxLineBytes ? new byte[0] : line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            length--;
        }
        return new Line(lineNumber, start, bytes, length);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
