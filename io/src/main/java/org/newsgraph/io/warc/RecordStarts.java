package org.newsgraph.io.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record may start after a malformed one, so that one broken record does
 * not cost the rest of the archive: the next {@code WARC/1.} at the start of a line in an
 * uncompressed file, the next gzip member header ({@code 1f 8b 08}) in a compressed one. A scan
 * reads the file once from the given position, in blocks. Stateless.
 */
final class RecordStarts {

    private static final byte[] VERSION_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final int BLOCK = 1 << 16;

    private RecordStarts() {
    }

    /**
     * The position of the first record start at or after {@code from}, or -1 if there is none.
     *
     * @param gzip true for a gzip-compressed archive
     */
    static long next(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? GZIP_MEMBER : VERSION_LINE;
        // An uncompressed match starts after the line end the pattern begins with.
        int skip = gzip ? 0 : 1;
        long searchFrom = gzip ? from : from - 1;
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK + pattern.length);
        long position = Math.max(0, searchFrom);
        while (position < channel.size()) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read < pattern.length) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + pattern.length <= read; i++) {
                if (matches(bytes, i, pattern)) {
                    return position + i + skip;
                }
            }
            position += read - pattern.length + 1;
        }
        return -1;
    }

    private static boolean matches(byte[] bytes, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (bytes[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
