package org.newsgraph.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.codec.DocumentJson;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.Timex;

/**
 * The rows one analysed document (or one failure) contributes to the {@link Table}s, each as a JSON
 * object whose properties are the table's columns. Stateless, thread-safe.
 */
final class TableRows {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One row of one table: the table, its partitioning key and its columns as JSON. */
    record TableRow(Table table, String key, String json) {
    }

    private TableRows() {
    }

    static TableRow error(String input, @Nullable String id, String reason) {
        ObjectNode row = NODES.objectNode();
        row.put("input", input);
        row.put("id", id);
        row.put("reason", reason);
        return new TableRow(Table.ERRORS, input, row.toString());
    }

    static List<TableRow> of(Doc doc) {
        List<TableRow> rows = new ArrayList<>();
        String id = doc.id();
        ObjectNode document = NODES.objectNode();
        document.put("id", id);
        document.put("url", doc.article().url());
        document.put("source", doc.article().source());
        document.put("published", doc.article().published());
        document.put("title", doc.article().title());
        document.put("language", doc.language());
        document.put("text_sha256", sha256(doc.text()));
        document.put("document", DocumentJson.toJson(doc).toString());
        rows.add(new TableRow(Table.DOCUMENTS, id, document.toString()));
        for (Entity entity : doc.entities()) {
            ObjectNode row = start(id);
            row.put("entity_id", entity.id());
            row.put("type", entity.type().name());
            row.put("name", entity.name());
            row.put("mention_count", entity.mentions().size());
            rows.add(new TableRow(Table.ENTITIES, id, row.toString()));
            for (Mention mention : entity.mentions()) {
                ObjectNode m = start(id);
                m.put("entity_id", entity.id());
                m.put("start", mention.span().start());
                m.put("end", mention.span().end());
                m.put("text", mention.span().text());
                m.put("kind", lower(mention.kind()));
                rows.add(new TableRow(Table.MENTIONS, id, m.toString()));
            }
            for (Role role : entity.roles()) {
                ObjectNode r = start(id);
                r.put("entity_id", entity.id());
                r.put("title", role.title());
                r.put("of", role.of());
                r.put("evidence_start", role.evidence().start());
                r.put("evidence_end", role.evidence().end());
                r.put("evidence", role.evidence().text());
                rows.add(new TableRow(Table.ROLES, id, r.toString()));
            }
        }
        doc.attributions().forEach(a -> rows.add(new TableRow(Table.ATTRIBUTIONS, id, attribution(id, a).toString())));
        addEvents(doc, rows);
        for (Quantity q : doc.quantities()) {
            ObjectNode row = start(id);
            row.put("start", q.span().start());
            row.put("end", q.span().end());
            row.put("text", q.span().text());
            row.put("kind", lower(q.kind()));
            row.put("value", q.value());
            row.put("unit", q.unit());
            row.put("normalized_value", q.normalized() == null ? null : q.normalized().value());
            row.put("normalized_unit", q.normalized() == null ? null : q.normalized().unit());
            row.put("about", q.about());
            row.put("approximate", q.approximate());
            rows.add(new TableRow(Table.QUANTITIES, id, row.toString()));
        }
        for (Timex t : doc.timexes()) {
            ObjectNode row = start(id);
            row.put("start", t.span().start());
            row.put("end", t.span().end());
            row.put("text", t.span().text());
            row.put("type", t.type());
            row.put("value", t.value());
            rows.add(new TableRow(Table.TIMEXES, id, row.toString()));
        }
        return rows;
    }

    private static ObjectNode attribution(String id, Attribution a) {
        ObjectNode row = start(id);
        row.put("attribution_id", a.id());
        row.put("kind", lower(a.kind()));
        row.put("certainty", lower(a.certainty()));
        row.put("content_start", a.content().start());
        row.put("content_end", a.content().end());
        row.put("content", a.content().text());
        row.put("cue", a.cue() == null ? null : a.cue().text());
        Source source = a.source();
        row.put("source_kind", source == null ? null : lower(source.kind()));
        row.put("source_entity", source == null ? null : source.entity());
        row.put("source_text", source == null || source.span() == null ? null : source.span().text());
        return row;
    }

    private static void addEvents(Doc doc, List<TableRow> rows) {
        List<List<String>> csv = EventCsvWriter.rows(doc);
        List<String> columns = EventCsvWriter.COLUMNS;
        for (int e = 0; e < csv.size(); e++) {
            Event event = doc.events().get(e);
            List<String> fields = csv.get(e);
            ObjectNode row = start(doc.id());
            row.put("event_id", event.id());
            for (int i = 1; i < columns.size(); i++) {
                String column = columns.get(i);
                String value = fields.get(i);
                if (column.endsWith("_start") || column.endsWith("_end")) {
                    row.put(column, Integer.parseInt(value));
                } else {
                    // events-csv writes absent values as empty fields; the table has nulls.
                    row.put(column, value.isEmpty() ? null : value);
                }
            }
            rows.add(new TableRow(Table.EVENTS, doc.id(), row.toString()));
            for (EventActor actor : event.actors()) {
                ObjectNode a = start(doc.id());
                a.put("event_id", event.id());
                a.put("role", lower(actor.role()));
                a.put("entity_id", actor.entity());
                a.put("start", actor.span().start());
                a.put("end", actor.span().end());
                a.put("text", actor.span().text());
                a.put("affiliation", actor.affiliation());
                a.put("country", actor.country());
                rows.add(new TableRow(Table.EVENT_ACTORS, doc.id(), a.toString()));
            }
        }
    }

    private static ObjectNode start(String documentId) {
        ObjectNode row = NODES.objectNode();
        row.put("document_id", documentId);
        return row;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
