package org.newsgraph.store.stories;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.codec.DocumentFormatException;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.model.Doc;
import org.newsgraph.store.actors.Transactions;
import org.newsgraph.store.claims.ClaimLinker;

/**
 * Links to stories the events of the article versions stored before stories existed (schema V6), and
 * records their claims and conflicts, oldest first, as if they had been stored with them: the stored
 * document JSON is read back ({@link DocumentReader}) and given to {@link StoryLinker} and
 * {@link ClaimLinker}, with the version's near-duplicate link. One transaction per version, so an
 * interrupted backfill keeps what it did and the next one goes on; a version another process linked
 * meanwhile is skipped.
 *
 * <p>Only the latest version of an article is linked, as storing does: linking a version first takes
 * the article's other versions out of their stories. A version is done once it has a story event;
 * since every event joins or starts a story, a latest version with events is never visited twice.
 *
 * <p>The JSON holds no tokens or sentences, so features come from the text as for any document without
 * them: the trigger's last word, lower-cased, instead of its lemma; the surface words of the sentence
 * (split at {@code . ! ?} and line breaks) instead of its lemmas. Backfilled events therefore match
 * each other as well as analysed ones do, but an event stored later from a fresh analysis ("attack")
 * finds a backfilled one ("attacked") only through a shared actor key. Stateless.
 */
final class StoryBackfill {


    private StoryBackfill() {
    }

    /** Links every latest version with events but no story event; returns how many were linked. */
    static int run(Transactions transactions) {
        Objects.requireNonNull(transactions, "transactions");
        return transactions.forEach("the articles without stories", """
                SELECT v.version_id FROM article_versions v
                WHERE v.is_latest = TRUE
                    AND EXISTS (SELECT 1 FROM events e WHERE e.version_id = v.version_id)
                    AND NOT EXISTS (SELECT 1 FROM story_events se WHERE se.version_id = v.version_id)
                ORDER BY v.version_id""", (connection, versionId) -> {
                    try (PreparedStatement select = connection.prepareStatement("""
                            SELECT v.document, v.copy_of FROM article_versions v
                            WHERE v.version_id = ? AND v.is_latest = TRUE AND NOT EXISTS
                                (SELECT 1 FROM story_events se WHERE se.version_id = v.version_id)""")) {
                        select.setLong(1, versionId);
                        try (ResultSet rows = select.executeQuery()) {
                            if (!rows.next()) {
                                return 0;
                            }
                            Doc doc = doc(rows.getString(1));
                            if (doc == null) {
                                return 0; // unreadable: left without stories rather than the store unopenable
                            }
                            StoryLinker.Linked linked = StoryLinker.link(connection, versionId, doc, rows.getString(2));
                            ClaimLinker.link(connection, versionId, doc, linked);
                            return 1;
                        }
                    }
                });
    }

    /** The stored document, or null if it is not a readable newsgraph/document@1 (then it is skipped). */
    private static @Nullable Doc doc(String document) {
        try {
            return DocumentReader.read(document);
        } catch (DocumentFormatException e) {
            return null;
        }
    }
}
