package org.newsgraph.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;

/**
 * Writes the rows of one analysed document below its version row: entities, mentions, roles,
 * attributions, events and event actors, in batches. Runs inside the caller's transaction and
 * neither commits nor rolls back. Not thread-safe: one instance per document.
 */
final class DocumentRows {

    private static final String INSERT_ENTITY = """
            INSERT INTO entities (version_id, entity_id, entity_type, name, mention_count, link_title)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_MENTION = """
            INSERT INTO mentions (version_id, entity_id, ordinal, start_offset, end_offset, mention_text,
                mention_kind)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ROLE = """
            INSERT INTO roles (version_id, entity_id, ordinal, title, of_entity_id, evidence_start, evidence_end,
                evidence_text, article_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ATTRIBUTION = """
            INSERT INTO attributions (version_id, attribution_id, attribution_kind, content_start, content_end,
                content_text, cue_text, source_kind, source_entity_id, source_text, certainty, article_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_EVENT = """
            INSERT INTO events (version_id, event_id, event_type, event_mode, cameo, trigger_start, trigger_end,
                trigger_text, location_entity_id, time_value, time_text, status, attribution_id, article_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_EVENT_ACTOR = """
            INSERT INTO event_actors (version_id, event_id, ordinal, actor_role, entity_id, start_offset,
                end_offset, actor_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Connection connection;
    private final long versionId;
    private final Doc doc;
    private final @Nullable String articleDate;

    DocumentRows(Connection connection, long versionId, Doc doc) {
        this.connection = connection;
        this.versionId = versionId;
        this.doc = doc;
        this.articleDate = doc.article().published();
    }

    void insert() throws SQLException {
        insertEntities(doc.entities());
        insertMentions(doc.entities());
        insertRoles(doc.entities());
        insertAttributions(doc.attributions());
        insertEvents(doc.events());
        insertEventActors(doc.events());
    }

    private void insertEntities(List<Entity> entities) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTITY)) {
            for (Entity entity : entities) {
                insert.setLong(1, versionId);
                insert.setString(2, entity.id());
                insert.setString(3, entity.type().name());
                insert.setString(4, entity.name());
                insert.setInt(5, entity.mentions().size());
                setNullable(insert, 6, entity.link() == null ? null : entity.link().title());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertMentions(List<Entity> entities) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MENTION)) {
            for (Entity entity : entities) {
                for (int i = 0; i < entity.mentions().size(); i++) {
                    Mention mention = entity.mentions().get(i);
                    insert.setLong(1, versionId);
                    insert.setString(2, entity.id());
                    insert.setInt(3, i);
                    insert.setInt(4, mention.span().start());
                    insert.setInt(5, mention.span().end());
                    insert.setString(6, mention.span().text());
                    insert.setString(7, lower(mention.kind()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void insertRoles(List<Entity> entities) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ROLE)) {
            for (Entity entity : entities) {
                for (int i = 0; i < entity.roles().size(); i++) {
                    Role role = entity.roles().get(i);
                    insert.setLong(1, versionId);
                    insert.setString(2, entity.id());
                    insert.setInt(3, i);
                    insert.setString(4, role.title());
                    setNullable(insert, 5, role.of());
                    insert.setInt(6, role.evidence().start());
                    insert.setInt(7, role.evidence().end());
                    insert.setString(8, role.evidence().text());
                    setNullable(insert, 9, articleDate);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void insertAttributions(List<Attribution> attributions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ATTRIBUTION)) {
            for (Attribution attribution : attributions) {
                @Nullable Source source = attribution.source();
                insert.setLong(1, versionId);
                insert.setString(2, attribution.id());
                insert.setString(3, lower(attribution.kind()));
                insert.setInt(4, attribution.content().start());
                insert.setInt(5, attribution.content().end());
                insert.setString(6, attribution.content().text());
                setNullable(insert, 7, attribution.cue() == null ? null : attribution.cue().text());
                setNullable(insert, 8, source == null ? null : lower(source.kind()));
                setNullable(insert, 9, source == null ? null : source.entity());
                setNullable(insert, 10, source == null || source.span() == null ? null : source.span().text());
                insert.setString(11, lower(attribution.certainty()));
                setNullable(insert, 12, articleDate);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertEvents(List<Event> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (Event event : events) {
                insert.setLong(1, versionId);
                insert.setString(2, event.id());
                insert.setString(3, event.type());
                setNullable(insert, 4, event.mode());
                setNullable(insert, 5, event.cameo());
                insert.setInt(6, event.trigger().start());
                insert.setInt(7, event.trigger().end());
                insert.setString(8, event.trigger().text());
                setNullable(insert, 9, event.location());
                setNullable(insert, 10, event.time() == null ? null : event.time().value());
                setNullable(insert, 11, event.time() == null ? null : event.time().span().text());
                insert.setString(12, lower(event.status()));
                setNullable(insert, 13, event.attribution());
                setNullable(insert, 14, articleDate);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertEventActors(List<Event> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT_ACTOR)) {
            for (Event event : events) {
                for (int i = 0; i < event.actors().size(); i++) {
                    EventActor actor = event.actors().get(i);
                    insert.setLong(1, versionId);
                    insert.setString(2, event.id());
                    insert.setInt(3, i);
                    insert.setString(4, lower(actor.role()));
                    setNullable(insert, 5, actor.entity());
                    insert.setInt(6, actor.span().start());
                    insert.setInt(7, actor.span().end());
                    insert.setString(8, actor.span().text());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    static void setNullable(PreparedStatement statement, int index, @Nullable String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
