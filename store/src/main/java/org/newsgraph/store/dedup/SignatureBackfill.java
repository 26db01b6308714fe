package org.newsgraph.store.dedup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.actors.Transactions;

/**
 * Gives the article versions stored before near-duplicate detection existed (schema V5) their
 * MinHash signature, bands and near-duplicate links, oldest first, as if they had been stored with
 * them: each is compared with the versions that share a band. The text is read from the stored
 * document JSON. One transaction per version, so an interrupted backfill keeps what it did and the
 * next one goes on; a version another process backfilled meanwhile is skipped. Idempotent: versions
 * with a signature are never visited again. Stateless.
 */
final class SignatureBackfill {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** SQLSTATE of a unique or primary-key violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SignatureBackfill() {
    }

    /** Backfills every version without a signature; returns how many were given one. */
    static int run(Transactions transactions) {
        Objects.requireNonNull(transactions, "transactions");
        List<Long> missing = transactions.run("cannot find the articles without a signature", connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT v.version_id FROM article_versions v
                    WHERE NOT EXISTS (SELECT 1 FROM article_signatures s WHERE s.version_id = v.version_id)
                    ORDER BY v.version_id""");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
        int done = 0;
        for (long versionId : missing) {
            try {
                done += transactions.run("cannot backfill the signature of article version " + versionId,
                        connection -> {
                            try (PreparedStatement select = connection.prepareStatement("""
                                    SELECT v.article_id, v.is_latest, v.document FROM article_versions v
                                    WHERE v.version_id = ? AND NOT EXISTS
                                        (SELECT 1 FROM article_signatures s WHERE s.version_id = v.version_id)""")) {
                                select.setLong(1, versionId);
                                try (ResultSet rows = select.executeQuery()) {
                                    if (!rows.next()) {
                                        return 0;
                                    }
                                    NearDuplicates.record(connection, versionId, rows.getString(1),
                                            text(rows.getString(3)), rows.getBoolean(2));
                                    return 1;
                                }
                            }
                        });
            } catch (StoreException e) {
                if (!(e.getCause() instanceof SQLException sql) || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw e;
                }
                // Another process backfilled this version first.
            }
        }
        return done;
    }

    /** The article text of a stored document ({@code newsgraph/document@1} JSON). */
    private static String text(String document) throws SQLException {
        try {
            return JSON.readTree(document).path("text").asText("");
        } catch (JsonProcessingException e) {
            throw new SQLException("the stored document is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
