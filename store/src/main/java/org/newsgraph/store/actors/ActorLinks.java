package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Wikipedia links of actors, inside the caller's transaction: {@code actor_links} says which
 * actor a page title is (entities linked to it are that actor, whatever their spelling), and
 * {@code actors.link} the title an actor shows (its first). When an actor takes a title is
 * {@link ActorLinking}'s decision. Neither commits nor rolls back.
 */
final class ActorLinks {

    private ActorLinks() {
    }

    /** The actor of the page {@code title}, if one has it. */
    static Optional<Long> byTitle(Connection connection, String title) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id FROM actor_links WHERE link_title = ?")) {
            select.setString(1, title);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The title the actor shows, or null. */
    static @Nullable String linkOf(Connection connection, long actorId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT link FROM actors WHERE actor_id = ?")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Makes {@code title}, which no actor has, the actor's. */
    static void add(Connection connection, String title, long actorId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO actor_links (link_title, actor_id) VALUES (?, ?)")) {
            insert.setString(1, title);
            insert.setLong(2, actorId);
            insert.executeUpdate();
        }
    }

    /** The actor shows {@code title} if it shows none; the title stays whose it was. */
    static void show(Connection connection, long actorId, String title) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE actors SET link = ? WHERE actor_id = ? AND link IS NULL")) {
            update.setString(1, title);
            update.setLong(2, actorId);
            update.executeUpdate();
        }
    }

    /**
     * An analyst's merge: the titles of both actors become {@code intoId}'s, pinned (so a rebuild
     * keeps them), and it shows {@code fromId}'s title if it showed none. Before {@code fromId} is deleted.
     */
    static void merge(Connection connection, long intoId, long fromId) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE actor_links SET actor_id = ?, pinned = TRUE WHERE actor_id IN (?, ?)")) {
            move.setLong(1, intoId);
            move.setLong(2, intoId);
            move.setLong(3, fromId);
            move.executeUpdate();
        }
        String link = linkOf(connection, fromId);
        if (link != null) {
            show(connection, intoId, link);
        }
    }

    /** The statements that drop every title not pinned, run after the unpinned name keys are dropped. */
    static List<String> unlinkStatements() {
        return List.of("DELETE FROM actor_links WHERE pinned = FALSE",
                "UPDATE actors SET link = NULL WHERE link IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actor_links l "
                        + "WHERE l.actor_id = actors.actor_id AND l.link_title = actors.link)");
    }
}
