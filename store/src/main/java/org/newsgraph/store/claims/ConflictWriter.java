package org.newsgraph.store.claims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * Writes conflicts, inside the caller's transaction, and holds the SQL pieces the claim and number
 * linkers share. Stateless.
 */
final class ConflictWriter {

    /** Leaves out the rows of near-duplicate articles; {@code %s} is the table holding version_id. */
    static final String NOT_A_COPY = " AND NOT EXISTS (SELECT 1 FROM article_versions cv "
            + "WHERE cv.version_id = %s.version_id AND cv.copy_of IS NOT NULL)";
    /** Stored rows compared per lookup. */
    static final int CANDIDATES = 200;

    private ConflictWriter() {
    }

    /** A side of a conflict as it is written. */
    record Side(long versionId, String articleId, String text, @Nullable String source, @Nullable Long actorId) {
    }

    /**
     * Writes a conflict unless the same one is stored: a denial between the same two versions, or a
     * quantity conflict with the same detail between them.
     */
    static void insert(Connection connection, String kind, @Nullable Long story, String detail, Side first,
            Side second) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT 1 FROM conflicts WHERE conflict_kind = ? AND first_version = ? AND second_version = ?
                    AND (conflict_kind = 'denial' OR detail = ?)""")) {
            select.setString(1, kind);
            select.setLong(2, first.versionId());
            select.setLong(3, second.versionId());
            select.setString(4, truncate(detail, 1000));
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO conflicts (conflict_kind, story_id, detail, first_version, first_article, first_text,
                    first_source, first_actor_id, second_version, second_article, second_text, second_source,
                    second_actor_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, kind);
            setLong(insert, 2, story);
            insert.setString(3, truncate(detail, 1000));
            insert.setLong(4, first.versionId());
            insert.setString(5, first.articleId());
            insert.setString(6, first.text());
            setNullable(insert, 7, first.source());
            setLong(insert, 8, first.actorId());
            insert.setLong(9, second.versionId());
            insert.setString(10, second.articleId());
            insert.setString(11, second.text());
            setNullable(insert, 12, second.source());
            setLong(insert, 13, second.actorId());
            insert.executeUpdate();
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    static void setNullable(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
