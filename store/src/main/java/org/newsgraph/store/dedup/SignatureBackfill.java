package org.newsgraph.store.dedup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
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

    private SignatureBackfill() {
    }

    /** Backfills every version without a signature; returns how many were given one. */
    static int run(Transactions transactions) {
        Objects.requireNonNull(transactions, "transactions");
        return transactions.forEach("the article versions without a signature", """
                SELECT v.version_id FROM article_versions v
                WHERE NOT EXISTS (SELECT 1 FROM article_signatures s WHERE s.version_id = v.version_id)
                ORDER BY v.version_id""", (connection, versionId) -> {
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
