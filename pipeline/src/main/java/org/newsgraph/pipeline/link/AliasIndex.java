package org.newsgraph.pipeline.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only, memory-mapped alias index written by {@link AliasIndexBuilder}: normalised alias
 * ({@link AliasKey}) to at most {@link #MAX_CANDIDATES} Wikipedia titles, best prior first. Opening
 * it reads only the header, so it costs milliseconds and almost no heap whatever the table's size;
 * the operating system pages the file in as lookups touch it. Thread-safe (each lookup works on its
 * own duplicate of the mapped buffer).
 *
 * <p>Layout (big-endian): magic {@code NGALIAS1}; bucket count B; title count T; B + 1 bucket
 * offsets (long) and the title-table offset (long). A bucket holds its keys sorted by their UTF-8
 * bytes: key count n, n record offsets (int, from the bucket start), then the records: key length
 * (short), key bytes, candidate count (byte), candidates (title id int, prior float). The title
 * table holds T offsets (long, from the table start) then each title as length (short) and bytes.
 * A key's bucket is {@code floorMod(key.hashCode(), B)}.
 */
public final class AliasIndex {

    static final long MAGIC = 0x4E47414C49415331L; // "NGALIAS1"
    static final int MAX_CANDIDATES = 3;

    private final ByteBuffer data;
    private final int buckets;
    private final int titles;
    private final long titleTable;

    private AliasIndex(ByteBuffer data) {
        this.data = data;
        if (data.capacity() < 24 || data.getLong(0) != MAGIC) {
            throw new IllegalStateException("not a newsgraph alias index (bad magic number)");
        }
        this.buckets = data.getInt(8);
        this.titles = data.getInt(12);
        this.titleTable = data.getLong(16 + 8 * (buckets + 1));
    }

    /**
     * Maps the index file at {@code file}.
     *
     * @throws UncheckedIOException  if it cannot be read
     * @throws IllegalStateException if it is not an index this version writes
     */
    public static AliasIndex open(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IllegalStateException("alias index over 2 GB: " + file);
            }
            ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            return new AliasIndex(mapped.order(ByteOrder.BIG_ENDIAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alias index " + file, e);
        }
    }

    /** Number of distinct Wikipedia titles. */
    public int titleCount() {
        return titles;
    }

    /**
     * The candidates of {@code alias}, best prior first; empty when unknown. The alias as written
     * (spacing folded) is looked up first, then its folded key ({@link AliasKey}).
     */
    public List<Candidate> candidates(String alias) {
        List<Candidate> exact = lookup(AliasKey.exact(alias));
        return exact.isEmpty() ? lookup(AliasKey.of(alias)) : exact;
    }

    private List<Candidate> lookup(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = data.duplicate();
        int bucket = Math.floorMod(key.hashCode(), buckets);
        int start = (int) buf.getLong(16 + 8 * bucket);
        int n = buf.getInt(start);
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int record = start + buf.getInt(start + 4 + 4 * mid);
            int cmp = compare(buf, record + 2, buf.getShort(record), wanted);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return read(buf, record + 2 + buf.getShort(record));
            }
        }
        return List.of();
    }

    private List<Candidate> read(ByteBuffer buf, int at) {
        int count = buf.get(at);
        List<Candidate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int entry = at + 1 + 8 * i;
            out.add(new Candidate(title(buf, buf.getInt(entry)), buf.getFloat(entry + 4)));
        }
        return out;
    }

    private String title(ByteBuffer buf, int id) {
        int at = (int) (titleTable + buf.getLong((int) titleTable + 8 * id));
        int length = buf.getShort(at);
        byte[] bytes = new byte[length];
        buf.get(at + 2, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int compare(ByteBuffer buf, int at, int length, byte[] wanted) {
        int common = Math.min(length, wanted.length);
        for (int i = 0; i < common; i++) {
            int cmp = Integer.compare(buf.get(at + i) & 0xFF, wanted[i] & 0xFF);
            if (cmp != 0) {
                return cmp;
            }
        }
        return Integer.compare(length, wanted.length);
    }
}
