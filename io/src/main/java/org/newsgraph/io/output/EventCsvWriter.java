package org.newsgraph.io.output;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Source;

/**
 * Writes events as a GDELT-like CSV table (RFC 4180: comma-separated, fields with commas, quotes or
 * line breaks quoted, quotes doubled, lines ended by CRLF), ready for pandas or a spreadsheet. A header
 * row comes first, written with the first document (or on flush if there is none); then one row per
 * event, documents in the order written:
 *
 * <pre>
 * document_id, date, source_name, source_country, target_name, target_country, type, mode, cameo,
 * location, status, attribution_source, trigger, trigger_start, trigger_end
 * </pre>
 *
 * {@code date} is the event's TIMEX3 value ("2023-09-10", "2023-W37"), else the publication date, else
 * empty. Actor names are canonical entity names, else the words of the text; several actors on one
 * side are joined with "; ", their distinct country codes (ISO 3166-1 alpha-3; a person's are those of
 * the state they act for) with ";". {@code status} is lower case; {@code attribution_source} names who
 * reports the event; trigger offsets are UTF-16 code units into the article text. Absent values are
 * empty fields. Not thread-safe.
 */
public final class EventCsvWriter implements DocumentWriter {

    /** The header row's column names. */
    public static final List<String> COLUMNS = List.of("document_id", "date", "source_name", "source_country",
            "target_name", "target_country", "type", "mode", "cameo", "location", "status", "attribution_source",
            "trigger", "trigger_start", "trigger_end");

    private static final String EOL = "\r\n";

    private final HeaderedRows rows;

    public EventCsvWriter(Writer out) {
        this.rows = new HeaderedRows(out, COLUMNS, EventCsvWriter::line);
    }

    @Override
    public void write(Doc doc) throws IOException {
        rows.start();
        Names names = new Names(doc);
        for (Event event : doc.events()) {
            rows.row(row(doc, names, event));
        }
    }

    @Override
    public void flush() throws IOException {
        rows.flush();
    }


    /** The rows of {@code doc}'s events, one per event in document order, fields as in {@link #COLUMNS}. */
    public static List<List<String>> rows(Doc doc) {
        Names names = new Names(doc);
        return doc.events().stream().map(event -> row(doc, names, event)).toList();
    }

    static List<String> row(Doc doc, Names names, Event event) {
        String date = event.time() != null ? event.time().value() : orEmpty(doc.article().published());
        return List.of(doc.id(), date,
                actorNames(event, ActorRole.SOURCE, names), countries(event, ActorRole.SOURCE),
                actorNames(event, ActorRole.TARGET, names), countries(event, ActorRole.TARGET),
                event.type(), orEmpty(event.mode()), orEmpty(event.cameo()),
                event.location() == null ? "" : names.entity(event.location()),
                event.status().name().toLowerCase(Locale.ROOT), attributionSource(doc, names, event.attribution()),
                event.trigger().text(), Integer.toString(event.trigger().start()), Integer.toString(event.trigger().end()));
    }

    private static String actorNames(Event event, ActorRole role, Names names) {
        Set<String> all = new LinkedHashSet<>();
        event.actors().stream().filter(a -> a.role() == role).map(names::actor).forEach(all::add);
        return String.join("; ", all);
    }

    private static String countries(Event event, ActorRole role) {
        Set<String> all = new LinkedHashSet<>();
        event.actors().stream().filter(a -> a.role() == role).map(EventActor::country).filter(Objects::nonNull)
                .forEach(all::add);
        return String.join(";", all);
    }

    /**
     * Who reports {@code event}, as the {@code attribution_source} column names it: the source's
     * entity name, else its words, else its kind (anonymous, unknown...); empty when no attribution
     * reports the event or it has no source.
     */
    public static String attributionSource(Doc doc, Event event) {
        return attributionSource(doc, new Names(doc), event.attribution());
    }

    /**
     * How certain the attribution reporting {@code event} is, in lower case (asserted, hedged...), as
     * the POLECAT and ACLED exports' attribution certainty column gives it; empty when none reports it.
     */
    public static String attributionCertainty(Doc doc, Event event) {
        if (event.attribution() == null) {
            return "";
        }
        return doc.attributions().stream().filter(a -> a.id().equals(event.attribution())).findFirst()
                .map(a -> a.certainty().name().toLowerCase(Locale.ROOT)).orElse("");
    }

    private static String attributionSource(Doc doc, Names names, @Nullable String attributionId) {
        if (attributionId == null) {
            return "";
        }
        Attribution a = doc.attributions().stream().filter(x -> x.id().equals(attributionId)).findFirst().orElse(null);
        Source s = a == null ? null : a.source();
        if (s == null) {
            return "";
        }
        if (s.entity() != null) {
            return names.entity(s.entity());
        }
        return s.span() != null ? Names.oneLine(s.span().text()) : s.kind().name().toLowerCase(Locale.ROOT);
    }

    /** One CSV line: fields joined by commas, quoted where RFC 4180 requires it, ending in CRLF. */
    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        return sb.append(EOL).toString();
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
