package org.newsgraph.store.actors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;

/**
 * The store's {@link ActorDirectory}: the tables {@code actors}, {@code actor_keys} ({@link ActorKeys}),
 * {@code actor_links} ({@link ActorLinks}), {@code actor_surnames}, {@code entity_actors}, {@code roles}
 * and {@code article_versions}, read and written on the caller's connection, inside its transaction. Not thread-safe.
 */
final class JdbcActorDirectory implements ActorDirectory<SQLException> {

    /** {@link ActorLinking#CONTEXT_TYPES} as an SQL list of {@code actor_type} values. */
    private static final String CONTEXT_TYPES = ActorLinking.CONTEXT_TYPES.stream()
            .map(type -> "'" + type.name() + "'").collect(Collectors.joining(", "));

    private final Connection connection;

    JdbcActorDirectory(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<Long> find(EntityType type, String key) throws SQLException {
        return ActorKeys.keyed(connection, type, key);
    }

    @Override
    public List<String> keys(long actorId) throws SQLException {
        return ActorKeys.of(connection, actorId);
    }

    @Override
    public long create(EntityType type, String name) throws SQLException {
        return ActorLinker.newActor(connection, type, name);
    }

    @Override
    public void addKey(EntityType type, String key, long actorId) throws SQLException {
        ActorKeys.add(connection, type, key, actorId);
    }

    @Override
    public void addSurnames(long actorId, PersonName name) throws SQLException {
        ActorLinker.addSurnames(connection, actorId, name);
    }

    @Override
    public Optional<Long> pinned(EntityType type, String key) throws SQLException {
        return ActorKeys.pinned(connection, type, key);
    }

    @Override
    public Optional<Long> byTitle(String title) throws SQLException {
        return ActorLinks.byTitle(connection, title);
    }

    @Override
    public @Nullable String linkOf(long actorId) throws SQLException {
        return ActorLinks.linkOf(connection, actorId);
    }

    @Override
    public void addLink(String title, long actorId) throws SQLException {
        ActorLinks.add(connection, title, actorId);
    }

    @Override
    public void showLink(long actorId, String title) throws SQLException {
        ActorLinks.show(connection, actorId, title);
    }

    @Override
    public List<SurnameRow> surnameRows(String surnameKey) throws SQLException {
        List<SurnameRow> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT actor_id, name_part FROM actor_surnames "
                + "WHERE surname_key = ? ORDER BY actor_id DESC LIMIT " + SurnameResolver.MAX_CANDIDATES)) {
            select.setString(1, surnameKey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new SurnameRow(rows.getLong(1),
                            PersonName.Part.ofColumn(rows.getString(2)) != PersonName.Part.ONLY));
                }
            }
        }
        return found;
    }

    @Override
    public List<Long> recentVersions(long actorId) throws SQLException {
        List<Long> versions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT DISTINCT v.version_id, v.published, v.article_id, v.version_no FROM entity_actors ea
                JOIN article_versions v ON v.version_id = ea.version_id
                WHERE ea.actor_id = ?
                ORDER BY v.published DESC NULLS LAST, v.article_id DESC, v.version_no DESC
                FETCH FIRST\s""" + SurnameResolver.RECENT_VERSIONS + " ROWS ONLY")) {
            select.setLong(1, actorId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getLong(1));
                }
            }
        }
        return versions;
    }

    @Override
    public Set<String> titles(long actorId, List<Long> versions) throws SQLException {
        Set<String> titles = new HashSet<>();
        for (String title : stringsIn("""
                SELECT DISTINCT r.title FROM entity_actors ea
                JOIN roles r ON r.version_id = ea.version_id AND r.entity_id = ea.entity_id
                WHERE ea.actor_id = ? AND ea.version_id IN""", actorId, versions)) {
            titles.add(title.strip().toLowerCase(Locale.ROOT));
        }
        for (String name : stringsIn("""
                SELECT DISTINCT e.name FROM entity_actors ea
                JOIN entities e ON e.version_id = ea.version_id AND e.entity_id = ea.entity_id
                WHERE ea.actor_id = ? AND ea.version_id IN""", actorId, versions)) {
            titles.addAll(PersonName.parse(name).titles());
        }
        return titles;
    }

    @Override
    public Set<Long> coMentions(long actorId, List<Long> versions) throws SQLException {
        Set<Long> others = new HashSet<>();
        for (String other : stringsIn("""
                SELECT DISTINCT o.actor_id FROM entity_actors ea
                JOIN entity_actors o ON o.version_id = ea.version_id
                JOIN actors a ON a.actor_id = o.actor_id
                WHERE a.actor_type IN (""" + CONTEXT_TYPES + ") AND ea.actor_id = ? AND ea.version_id IN",
                actorId, versions)) {
            others.add(Long.parseLong(other));
        }
        return others;
    }

    @Override
    public List<String> published(List<Long> versions) throws SQLException {
        if (versions.isEmpty()) {
            return List.of();
        }
        return strings("SELECT DISTINCT published FROM article_versions WHERE version_id IN (" + marks(versions.size())
                + ")", versions);
    }

    @Override
    public @Nullable String published(long versionId) throws SQLException {
        List<String> published = strings("SELECT published FROM article_versions WHERE version_id = ?",
                List.of(versionId));
        return published.isEmpty() ? null : published.get(0);
    }

    /** The first column of {@code sqlEndingInIn} completed with {@code (versions)}, for the actor; none without versions. */
    private List<String> stringsIn(String sqlEndingInIn, long actorId, List<Long> versions) throws SQLException {
        if (versions.isEmpty()) {
            return List.of();
        }
        List<Long> parameters = new ArrayList<>();
        parameters.add(actorId);
        parameters.addAll(versions);
        return strings(sqlEndingInIn + " (" + marks(versions.size()) + ")", parameters);
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The non-null values of the first column of {@code sql} run with {@code parameters}. */
    private List<String> strings(String sql, List<Long> parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setLong(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String value = rows.getString(1);
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }
}
