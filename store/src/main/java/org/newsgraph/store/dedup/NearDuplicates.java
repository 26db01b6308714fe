package org.newsgraph.store.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Near-duplicate detection at store time, inside the transaction that stores an article version:
 * its signature and bands are recorded, the stored latest versions of other articles that share a
 * band are its candidates (found through the band index, never by reading all articles), and a
 * candidate whose estimated similarity is at least {@value #THRESHOLD} is a near-duplicate. The
 * version's {@code copy_of} is then the earliest stored such article (or the article that one is a
 * copy of).
 */
public final class NearDuplicates {

    /** The estimated Jaccard similarity of word shingles from which two texts are near-duplicates. */
    public static final double THRESHOLD = 0.5;

    /** A stored version's signature, article and {@code copy_of}, by version id. */
    private static final String CANDIDATE = "SELECT s.signature, v.article_id, v.copy_of FROM article_signatures s "
            + "JOIN article_versions v ON v.version_id = s.version_id WHERE s.version_id = ?";

    private NearDuplicates() {
    }

    /**
     * Records the version's signature and bands and sets its {@code copy_of}. A text without words
     * gets an empty signature (so that {@code SignatureBackfill} does not visit it again) and no copy.
     *
     * @return the article it is a copy of, if any
     */
    public static Optional<String> record(Connection connection, long versionId, String articleId, String text)
            throws SQLException {
        // A new version has the highest id: every candidate was stored before it.
        return record(connection, versionId, articleId, text, false);
    }

    /**
     * As {@link #record(Connection, long, String, String)}, also for a version stored before
     * signatures existed: only versions stored before it can be what it is a copy of, and with
     * {@code relinkLater} (for a latest version) the later stored versions similar to it that are
     * no copy yet become copies of the article it is (or is a copy of), together with their own copies.
     */
    static Optional<String> record(Connection connection, long versionId, String articleId, String text,
            boolean relinkLater) throws SQLException {
        long[] signature = MinHash.signature(text);
        if (signature.length == 0) {
            insertSignature(connection, versionId, "");
            return Optional.empty();
        }
        long[] bands = MinHash.bands(signature);
        TreeSet<Long> candidates = new TreeSet<>(sharingABand(connection, bands, articleId));
        @Nullable String copyOf = null;
        Map<Long, String> laterCopies = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(CANDIDATE)) {
            for (long candidate : candidates) {
                select.setLong(1, candidate);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next() || MinHash.similarity(signature, decode(rows.getString(1))) < THRESHOLD) {
                        continue;
                    }
                    if (candidate < versionId && copyOf == null) {
                        copyOf = rows.getString(3) != null ? rows.getString(3) : rows.getString(2);
                    } else if (candidate > versionId && rows.getString(3) == null) {
                        laterCopies.put(candidate, rows.getString(2));
                    }
                }
                if (!relinkLater && copyOf != null) {
                    break;
                }
            }
        }
        insertBands(connection, versionId, bands);
        insertSignature(connection, versionId, encode(signature));
        if (copyOf != null) {
            setCopyOf(connection, versionId, copyOf);
        }
        if (relinkLater) {
            String original = copyOf != null ? copyOf : articleId;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE article_versions SET copy_of = ? WHERE version_id = ? OR copy_of = ?")) {
                for (Map.Entry<Long, String> later : laterCopies.entrySet()) {
                    update.setString(1, original);
                    update.setLong(2, later.getKey());
                    update.setString(3, later.getValue());
                    update.executeUpdate();
                }
            }
        }
        return Optional.ofNullable(copyOf);
    }

    /**
     * As {@link #record(Connection, long, String, String)}, when versions are recorded again in an order
     * of their own (a rebuild, with every signature removed first): every version that already has
     * bands counts as earlier, and the copy is of the candidate that comes first in {@code order}.
     *
     * @param order the rank of each version id in that order
     */
    public static Optional<String> recordInOrder(Connection connection, long versionId, String articleId,
            String text, Map<Long, Integer> order) throws SQLException {
        long[] signature = MinHash.signature(text);
        if (signature.length == 0) {
            insertSignature(connection, versionId, "");
            return Optional.empty();
        }
        long[] bands = MinHash.bands(signature);
        TreeSet<Long> candidates = new TreeSet<>(Comparator
                .comparing((Long id) -> order.getOrDefault(id, Integer.MAX_VALUE)).thenComparing(id -> id));
        candidates.addAll(sharingABand(connection, bands, articleId));
        @Nullable String copyOf = null;
        try (PreparedStatement select = connection.prepareStatement(CANDIDATE)) {
            for (long candidate : candidates) {
                select.setLong(1, candidate);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next() && MinHash.similarity(signature, decode(rows.getString(1))) >= THRESHOLD) {
                        copyOf = rows.getString(3) != null ? rows.getString(3) : rows.getString(2);
                        break;
                    }
                }
            }
        }
        insertBands(connection, versionId, bands);
        insertSignature(connection, versionId, encode(signature));
        if (copyOf != null) {
            setCopyOf(connection, versionId, copyOf);
        }
        return Optional.ofNullable(copyOf);
    }

    private static void setCopyOf(Connection connection, long versionId, String copyOf) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE article_versions SET copy_of = ? WHERE version_id = ?")) {
            update.setString(1, copyOf);
            update.setLong(2, versionId);
            update.executeUpdate();
        }
    }

    /** The latest versions of other articles that share a band with {@code bands}. */
    private static Set<Long> sharingABand(Connection connection, long[] bands, String articleId)
            throws SQLException {
        Set<Long> candidates = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT b.version_id FROM article_bands b
                JOIN article_versions v ON v.version_id = b.version_id AND v.is_latest = TRUE
                WHERE b.band_no = ? AND b.band_hash = ? AND v.article_id <> ?""")) {
            for (int b = 0; b < bands.length; b++) {
                select.setInt(1, b);
                select.setLong(2, bands[b]);
                select.setString(3, articleId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        candidates.add(rows.getLong(1));
                    }
                }
            }
        }
        return candidates;
    }

    private static void insertBands(Connection connection, long versionId, long[] bands) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article_bands (band_no, band_hash, version_id) VALUES (?, ?, ?)")) {
            for (int b = 0; b < bands.length; b++) {
                insert.setInt(1, b);
                insert.setLong(2, bands[b]);
                insert.setLong(3, versionId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertSignature(Connection connection, long versionId, String signature)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article_signatures (version_id, signature) VALUES (?, ?)")) {
            insert.setLong(1, versionId);
            insert.setString(2, signature);
            insert.executeUpdate();
        }
    }

    static String encode(long[] signature) {
        StringBuilder hex = new StringBuilder(signature.length * 16);
        for (long value : signature) {
            hex.append(String.format("%016x", value));
        }
        return hex.toString();
    }

    static long[] decode(String hex) {
        long[] signature = new long[hex.length() / 16];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = Long.parseUnsignedLong(hex.substring(i * 16, i * 16 + 16), 16);
        }
        return signature;
    }
}
