package org.newsgraph.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.output.HeaderedRows;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.store.events.EventIndex;
import org.newsgraph.store.events.StoredIds;

/**
 * Writes events as POLECAT's tab-separated event table: POLECAT's 40 columns in its order, then
 * three of newsgraph's ({@link #EXTRA_COLUMNS}: the story id, who reports the event and how
 * certainly). The column list is the header row of POLECAT's monthly files (Harvard Dataverse), as a
 * reader of them quotes it: {@code tgb/datasets/tkgl_polecat/tkgl_polecat.py} in
 * github.com/shenyangHuang/TGB (commit 0d875c4). Quad codes follow the PLOVER manual's summary table
 * (github.com/openeventdata/PLOVER, the same table the event extractor uses).
 *
 * <p>One row per event, one line per row: tabs and line breaks inside a value become a space, and a
 * value with a double quote is quoted with its quotes doubled (as Python's csv module, pandas and
 * readr read it). Several actors on one side are joined with {@code "; "} in the Actor Name column;
 * the other actor columns list each of those actors' values in the same order, joined the same way
 * (an empty item where one actor lacks a value, an empty field where all do). Columns newsgraph has
 * nothing for are empty: {@link #EMPTY_COLUMNS}. The Wikipedia ID columns hold the page title of
 * the actor the store gave the entity, else the entity's own link. Lines end in LF. Not thread-safe.
 */
public final class PolecatWriter {

    /** POLECAT's columns, in its order. */
    public static final List<String> POLECAT_COLUMNS = List.of("Event ID", "Event Date", "Event Type", "Event Mode",
            "Intensity", "Quad Code", "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
            "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
            "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
            "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country",
            "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
            "Story People", "Story Organizations", "Story Locations", "Language", "Version");

    /** newsgraph's columns after POLECAT's. */
    public static final List<String> EXTRA_COLUMNS = List.of("Story ID", "Attribution Source",
            "Attribution Certainty");

    /** The header row. */
    public static final List<String> COLUMNS = Stream.concat(POLECAT_COLUMNS.stream(), EXTRA_COLUMNS.stream())
            .toList();

    /** POLECAT's columns this writer always leaves empty: newsgraph does not find what they hold. */
    public static final List<String> EMPTY_COLUMNS = List.of("Intensity", "Contexts", "Actor COW",
            "Primary Actor Sector", "Actor Sectors", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
            "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Feature Type",
            "Version");

    private static final Map<String, String> QUADS = quads();
    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String SEPARATOR = "; ";

    private final HeaderedRows rows;

    public PolecatWriter(Writer out) {
        this.rows = new HeaderedRows(out, COLUMNS, PolecatWriter::line);
    }

    /** Writes a row for each event of {@code doc} that {@code keep} accepts, in document order. */
    public void write(Doc doc, StoredIds ids, Predicate<Event> keep) throws IOException {
        rows.start();
        for (Event event : doc.events()) {
            if (keep.test(event)) {
                rows.row(row(doc, ids, event));
            }
        }
    }

    /** Writes the header if no row came, and flushes. */
    public void flush() throws IOException {
        rows.flush();
    }


    /** The row of one event of {@code doc}, values as in {@link #COLUMNS}, not yet escaped. */
    public static List<String> row(Doc doc, StoredIds ids, Event event) {
        Side actor = side(doc, ids, event, ActorRole.SOURCE);
        Side recipient = side(doc, ids, event, ActorRole.TARGET);
        @Nullable Entity place = event.location() == null ? null : doc.findEntity(event.location()).orElse(null);
        String published = orEmpty(doc.article().published());
        List<String> row = new ArrayList<>(List.of(doc.id() + "#" + event.id(),
                orEmpty(EventIndex.dateOf(event.time() == null ? null : event.time().value(), published)),
                event.type(), orEmpty(event.mode()), "", QUADS.getOrDefault(event.type(), ""), ""));
        actor.addTo(row);
        recipient.addTo(row);
        row.addAll(List.of(place == null ? "" : place.name(), "", "", "", "", "", "", "",
                place == null ? "" : oneLine(place.mentions().get(0).span().text()), "",
                orEmpty(doc.article().source()), published,
                named(doc, EntityType.PERSON), named(doc, EntityType.ORGANIZATION),
                named(doc, EntityType.GPE, EntityType.LOCATION), orEmpty(doc.language()), ""));
        row.addAll(List.of(ids.story(event.id()).orElse(""), EventCsvWriter.attributionSource(doc, event),
                EventCsvWriter.attributionCertainty(doc, event)));
        return row;
    }

    /** Whether {@code type} is one of PLOVER's sixteen event types (upper case). */
    public static boolean isPloverType(String type) {
        return QUADS.containsKey(type);
    }

    /** One line: values escaped and joined by tabs, ending in LF. */
    public static String line(List<String> values) {
        return values.stream().map(PolecatWriter::field).collect(Collectors.joining("\t")) + "\n";
    }

    /** A value on one line: tabs and line breaks become a space; a value with a quote is quoted. */
    static String field(String value) {
        String oneLine = BREAKS.matcher(value).replaceAll(" ");
        return oneLine.indexOf('"') >= 0 ? '"' + oneLine.replace("\"", "\"\"") + '"' : oneLine;
    }

    /** The actors on one side of an event, distinct, in text order. */
    private record Side(List<String> names, List<String> countries, List<String> titles, List<String> raw,
            List<String> wikipedia) {

        /** Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID. */
        void addTo(List<String> row) {
            row.addAll(List.of(String.join(SEPARATOR, names), aligned(countries), "", "", "", aligned(titles),
                    aligned(raw), aligned(wikipedia)));
        }

        private static String aligned(List<String> values) {
            return values.stream().allMatch(String::isEmpty) ? "" : String.join(SEPARATOR, values);
        }
    }

    private static Side side(Doc doc, StoredIds ids, Event event, ActorRole role) {
        Map<String, EventActor> distinct = new LinkedHashMap<>();
        for (EventActor a : event.actors()) {
            if (a.role() == role) {
                distinct.putIfAbsent(a.entity() != null ? a.entity() : oneLine(a.span().text()), a);
            }
        }
        List<String> names = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        List<String> wikipedia = new ArrayList<>();
        for (EventActor a : distinct.values()) {
            @Nullable Entity entity = a.entity() == null ? null : doc.findEntity(a.entity()).orElse(null);
            names.add(entity == null ? oneLine(a.span().text()) : entity.name());
            countries.add(orEmpty(a.country()));
            titles.add(entity == null || entity.roles().isEmpty() ? "" : entity.roles().get(0).title());
            raw.add(oneLine(a.span().text()));
            // The actor's page first: an entity the linker left unlinked may be of an actor that has one.
            wikipedia.add(ids.actorLink(a.entity())
                    .orElse(entity == null || entity.link() == null ? "" : entity.link().title()));
        }
        return new Side(names, countries, titles, raw, wikipedia);
    }

    /** The distinct names of the article's entities of these types, in order of first mention. */
    private static String named(Doc doc, EntityType... types) {
        Set<EntityType> wanted = Set.of(types);
        Set<String> names = new LinkedHashSet<>();
        doc.entities().stream().filter(e -> wanted.contains(e.type())).map(Entity::name).forEach(names::add);
        return String.join(SEPARATOR, names);
    }

    /** POLECAT's quad code of each PLOVER type. */
    private static Map<String, String> quads() {
        Map<String, String> quads = new LinkedHashMap<>();
        for (String t : List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE")) {
            quads.put(t, "VERBAL COOPERATION");
        }
        for (String t : List.of("COOPERATE", "AID", "RETREAT")) {
            quads.put(t, "MATERIAL COOPERATION");
        }
        for (String t : List.of("REQUEST", "ACCUSE", "REJECT", "THREATEN")) {
            quads.put(t, "VERBAL CONFLICT");
        }
        // The manual's quad table lists SANCTION as verbal, its summary table (and the extractor) as material.
        for (String t : List.of("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")) {
            quads.put(t, "MATERIAL CONFLICT");
        }
        return Map.copyOf(quads);
    }

    private static String oneLine(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
