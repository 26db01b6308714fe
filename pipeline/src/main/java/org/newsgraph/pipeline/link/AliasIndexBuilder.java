package org.newsgraph.pipeline.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an {@link AliasIndex} file from an alias table: UTF-8 text, one {@code alias TAB title TAB
 * score} a line, the score in [0, 1] (how often the alias names that title), as CoreNLP's WikiDict is
 * and as a table derived from Wikidata labels and Wikipedia anchors can be. Aliases that are web
 * addresses or Wikipedia markup, longer than {@value #MAX_ALIAS_CHARS} characters, and titles of
 * disambiguation pages are left out; each row is filed under its exact and its folded key
 * ({@link AliasKey}); a key keeps its {@value AliasIndex#MAX_CANDIDATES} best titles.
 *
 * <p>Two passes keep the heap small whatever the table's size: rows go to hashed bucket files in a
 * temporary folder, then each bucket is sorted in memory and appended to the index. Only the title
 * dictionary stays in memory (about 1 GB for WikiDict's 6.3 million titles). The index is written
 * beside its final name and moved into place at the end, so a failed build leaves no half index.
 */
public final class AliasIndexBuilder {

    static final int MAX_ALIAS_CHARS = 80;
    static final float MIN_SCORE = 0.01f;
    private static final int BUCKETS = 256;

    /** Told how far a build has got. */
    @FunctionalInterface
    public interface Progress {
        /** {@code rows} lines read so far. */
        void rows(long rows);
    }

    /** What a build wrote. */
    public record Summary(long rows, long keys, int titles, long bytes) {
    }

    private AliasIndexBuilder() {
    }

    /**
     * Reads the table from {@code table} (closed by the caller) and writes the index to {@code out}.
     *
     * @throws AliasTableFormatException if a line is not {@code alias TAB title TAB score}
     * @throws UncheckedIOException      if reading or writing fails
     */
    public static Summary build(BufferedReader table, Path out, Progress progress) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        Path work = null;
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            work = Files.createTempDirectory(parent, "alias-build");
            Map<String, Integer> titleIds = new HashMap<>();
            List<String> titles = new ArrayList<>();
            long rows = spread(table, work, titleIds, titles, progress);
            titleIds.clear();
            Path partial = work.resolve("index.partial");
            long keys = write(work, titles, partial);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(rows, keys, titles.size(), Files.size(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the alias index " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static long spread(BufferedReader table, Path work, Map<String, Integer> titleIds, List<String> titles,
            Progress progress) throws IOException {
        DataOutputStream[] buckets = new DataOutputStream[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            buckets[b] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(bucket(work, b)), 1 << 14));
        }
        long rows = 0;
        try {
            String line;
            String lastTitle = null;
            int lastId = -1;
            while ((line = table.readLine()) != null) {
                rows++;
                if ((rows & 0xFFFFF) == 0) {
                    progress.rows(rows);
                }
                if (line.isEmpty()) {
                    continue;
                }
                int tab1 = line.indexOf('\t');
                int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
                if (tab2 < 0 || line.indexOf('\t', tab2 + 1) >= 0) {
                    throw new AliasTableFormatException("line " + rows + ": expected alias TAB title TAB score");
                }
                String alias = line.substring(0, tab1);
                String title = line.substring(tab1 + 1, tab2).strip().replace(' ', '_');
                float score = score(line.substring(tab2 + 1), rows);
                if (score < MIN_SCORE || title.isEmpty() || !usable(alias, title)) {
                    continue;
                }
                String key = AliasKey.of(alias);
                if (key.isEmpty()) {
                    continue;
                }
                int id;
                if (title.equals(lastTitle)) {
                    id = lastId;
                } else {
                    Integer known = titleIds.putIfAbsent(title, titles.size());
                    id = known == null ? titles.size() : known;
                    if (known == null) {
                        titles.add(title);
                    }
                    lastTitle = title;
                    lastId = id;
                }
                for (String k : new String[] {key, AliasKey.exact(alias)}) {
                    DataOutputStream bucket = buckets[Math.floorMod(k.hashCode(), BUCKETS)];
                    bucket.writeUTF(k);
                    bucket.writeInt(id);
                    bucket.writeFloat(score);
                }
            }
            progress.rows(rows);
        } finally {
            for (DataOutputStream bucket : buckets) {
                bucket.close();
            }
        }
        return rows;
    }

    private static float score(String text, long row) {
        try {
            float score = Float.parseFloat(text.strip());
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AliasTableFormatException("line " + row + ": the score is not a number in [0, 1]: '" + text + "'");
    }

    /** Web addresses, wiki markup and disambiguation pages never name an entity in running text. */
    static boolean usable(String alias, String title) {
        if (alias.isBlank() || alias.length() > MAX_ALIAS_CHARS || title.endsWith("(disambiguation)")) {
            return false;
        }
        String lower = alias.toLowerCase(Locale.ROOT);
        return !(lower.contains("http") || lower.contains("www.") || lower.contains("wiki") || lower.contains(".org")
                || lower.startsWith("en:") || lower.startsWith("yago:"));
    }

    private static long write(Path work, List<String> titles, Path partial) throws IOException {
        long[] bucketAt = new long[BUCKETS + 1];
        long keys = 0;
        try (CountingOut out = new CountingOut(partial)) {
            out.data.writeLong(AliasIndex.MAGIC);
            out.data.writeInt(BUCKETS);
            out.data.writeInt(titles.size());
            for (int i = 0; i <= BUCKETS + 1; i++) {
                out.data.writeLong(0);
            }
            for (int b = 0; b < BUCKETS; b++) {
                bucketAt[b] = out.position();
                keys += writeBucket(bucket(work, b), out);
                Files.delete(bucket(work, b));
            }
            bucketAt[BUCKETS] = out.position();
            long titleTable = out.position();
            long offset = 8L * titles.size();
            for (String title : titles) {
                out.data.writeLong(offset);
                offset += 2 + title.getBytes(StandardCharsets.UTF_8).length;
            }
            for (String title : titles) {
                byte[] bytes = title.getBytes(StandardCharsets.UTF_8);
                out.data.writeShort(bytes.length);
                out.data.write(bytes);
            }
            out.data.flush();
            if (out.position() > Integer.MAX_VALUE) {
                throw new IOException("the index would be over 2 GB; filter the alias table");
            }
            out.patch(16, bucketAt, titleTable);
        }
        return keys;
    }

    private static int writeBucket(Path file, CountingOut out) throws IOException {
        Map<String, List<Candidate0>> byKey = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                String key;
                try {
                    key = in.readUTF();
                } catch (EOFException end) {
                    break;
                }
                Candidate0 candidate = new Candidate0(in.readInt(), in.readFloat());
                List<Candidate0> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                int same = -1;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).title == candidate.title) {
                        same = i;
                    }
                }
                if (same < 0) {
                    list.add(candidate);
                } else if (list.get(same).prior < candidate.prior) {
                    list.set(same, candidate);
                }
            }
        }
        byte[][] sorted = byKey.keySet().stream().map(k -> k.getBytes(StandardCharsets.UTF_8))
                .sorted(Arrays::compareUnsigned).toArray(byte[][]::new);
        int[] offsets = new int[sorted.length];
        int at = 4 + 4 * sorted.length;
        List<List<Candidate0>> lists = new ArrayList<>(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            List<Candidate0> list = new ArrayList<>(byKey.get(new String(sorted[i], StandardCharsets.UTF_8)));
            list.sort((a, b) -> Float.compare(b.prior, a.prior));
            List<Candidate0> best = list.subList(0, Math.min(AliasIndex.MAX_CANDIDATES, list.size()));
            lists.add(best);
            offsets[i] = at;
            at += 2 + sorted[i].length + 1 + 8 * best.size();
        }
        out.data.writeInt(sorted.length);
        for (int offset : offsets) {
            out.data.writeInt(offset);
        }
        for (int i = 0; i < sorted.length; i++) {
            out.data.writeShort(sorted[i].length);
            out.data.write(sorted[i]);
            out.data.writeByte(lists.get(i).size());
            for (Candidate0 c : lists.get(i)) {
                out.data.writeInt(c.title);
                out.data.writeFloat(c.prior);
            }
        }
        return sorted.length;
    }

    private record Candidate0(int title, float prior) {
    }

    private static Path bucket(Path work, int b) {
        return work.resolve("bucket-" + b);
    }

    private static void deleteQuietly(Path work) {
        if (work == null) {
            return;
        }
        try (var files = Files.list(work)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(work);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the build's own outcome matters
        }
    }

    /** A data stream that knows its position and can patch the header at the end. */
    private static final class CountingOut implements AutoCloseable {
        final Path file;
        final DataOutputStream data;

        CountingOut(Path file) throws IOException {
            this.file = file;
            this.data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        long position() throws IOException {
            data.flush();
            return Files.size(file);
        }

        void patch(long at, long[] bucketAt, long titleTable) throws IOException {
            data.flush();
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.seek(at);
                for (long offset : bucketAt) {
                    raf.writeLong(offset);
                }
                raf.writeLong(titleTable);
            }
        }

        @Override
        public void close() throws IOException {
            data.close();
        }
    }
}
