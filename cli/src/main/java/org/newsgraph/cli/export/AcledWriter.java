package org.newsgraph.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.output.HeaderedRows;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.store.events.EventIndex;
import org.newsgraph.store.events.StoredIds;

/**
 * Writes events as an ACLED-shaped CSV table: the 31 columns of ACLED's data export in its order
 * ({@link #ACLED_COLUMNS}), then newsgraph's story id and attribution ({@link #EXTRA_COLUMNS}). Only
 * events ACLED would code get a row: a PLOVER type and mode with an ACLED category
 * ({@link AcledCategory}) and a status of occurred, ongoing or alleged (ACLED records what happened,
 * not what is planned, denied or supposed); {@link #skipped()} counts the others.
 *
 * <p>Filled: {@code event_id_cnty} (article id {@code #} event id), {@code event_date} (the event's own
 * day, else the publication day) with {@code year} and {@code time_precision} (1 for the event's own
 * day, 2 when the publication day stands in), the categories, {@code actor1}/{@code actor2} (the first
 * source/target actor's name) and {@code assoc_actor_1}/{@code assoc_actor_2} (the others,
 * {@code "; "}-joined), {@code civilian_targeting} ("Civilian targeting" for violence against
 * civilians), {@code location} (the event's place), {@code source} (the publisher) and {@code notes}
 * (the sentence that states the event). The others are empty
 * ({@link #EMPTY_COLUMNS}). RFC 4180 CSV, one record a line (line breaks in values become spaces),
 * lines ending in CRLF. Not thread-safe.
 */
public final class AcledWriter {

    /** ACLED's columns, in the order of its data export (ACLED Codebook, 2023). */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");

    /** newsgraph's columns after ACLED's. */
    public static final List<String> EXTRA_COLUMNS = List.of("story_id", "attribution_source",
            "attribution_certainty");

    /** The header row. */
    public static final List<String> COLUMNS = Stream.concat(ACLED_COLUMNS.stream(), EXTRA_COLUMNS.stream())
            .toList();

    /** ACLED's columns this writer always leaves empty: newsgraph does not find what they hold. */
    public static final List<String> EMPTY_COLUMNS = List.of("inter1", "inter2", "interaction", "iso", "region",
            "country", "admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision", "source_scale",
            "fatalities", "tags", "timestamp");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<EventStatus> CODED = Set.of(EventStatus.OCCURRED, EventStatus.ONGOING, EventStatus.ALLEGED);

    private final HeaderedRows rows;
    private int skipped;

    public AcledWriter(Writer out) {
        this.rows = new HeaderedRows(out, COLUMNS, AcledWriter::line);
    }

    /** Writes a row for each event of {@code doc} that {@code keep} accepts and ACLED codes, in document order. */
    public void write(Doc doc, StoredIds ids, Predicate<Event> keep) throws IOException {
        rows.start();
        for (Event event : doc.events()) {
            if (keep.test(event)) {
                Optional<List<String>> row = row(doc, ids, event);
                if (row.isPresent()) {
                    rows.row(row.get());
                } else {
                    skipped++;
                }
            }
        }
    }

    /** How many events the filters kept that ACLED does not code. */
    public int skipped() {
        return skipped;
    }

    /** Writes the header if no row came, and flushes. */
    public void flush() throws IOException {
        rows.flush();
    }


    /** The row of one event, values as in {@link #COLUMNS}, or empty when ACLED does not code the event. */
    public static Optional<List<String>> row(Doc doc, StoredIds ids, Event event) {
        Optional<AcledCategory> category = AcledCategory.of(event.type(), event.mode());
        if (category.isEmpty() || !CODED.contains(event.status())) {
            return Optional.empty();
        }
        AcledCategory c = category.get();
        String published = EventIndex.day(doc.article().published());
        String own = event.time() == null ? null : event.time().value();
        boolean ownDay = own != null && DAY.matcher(own).matches();
        String date = ownDay ? own : orEmpty(published);
        List<String> sources = names(doc, event, ActorRole.SOURCE);
        List<String> targets = names(doc, event, ActorRole.TARGET);
        @Nullable Entity place = event.location() == null ? null : doc.findEntity(event.location()).orElse(null);
        List<String> row = new ArrayList<>(List.of(doc.id() + "#" + event.id(), date,
                date.length() >= 4 ? date.substring(0, 4) : "", date.isEmpty() ? "" : ownDay ? "1" : "2",
                c.disorder(), c.event(), c.subEvent(), first(sources), rest(sources), "", first(targets), rest(targets),
                "", "", c.event().equals("Violence against civilians") ? "Civilian targeting" : "", "", "", "", "", "",
                "", place == null ? "" : place.name(), "", "", "", orEmpty(doc.article().source()), "",
                notes(doc, event), "", "", ""));
        row.addAll(List.of(ids.story(event.id()).orElse(""), EventCsvWriter.attributionSource(doc, event),
                EventCsvWriter.attributionCertainty(doc, event)));
        return Optional.of(row);
    }

    /** One CSV line: a line break inside a value becomes a space. */
    static String line(List<String> values) {
        return EventCsvWriter.line(values.stream().map(AcledWriter::oneLine).toList());
    }

    /** The distinct names of one side's actors, in text order: the entity's name, else the words. */
    private static List<String> names(Doc doc, Event event, ActorRole role) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (EventActor a : event.actors()) {
            if (a.role() == role) {
                @Nullable Entity entity = a.entity() == null ? null : doc.findEntity(a.entity()).orElse(null);
                String name = entity == null ? oneLine(a.span().text()) : entity.name();
                distinct.putIfAbsent(name, name);
            }
        }
        return List.copyOf(distinct.values());
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? "" : names.get(0);
    }

    private static String rest(List<String> names) {
        return names.size() < 2 ? "" : String.join("; ", names.subList(1, names.size()));
    }

    /**
     * The sentence holding the event's trigger: from the document's sentences when it keeps them (a
     * stored document does not), else the text between the sentence ends around the trigger (a full
     * stop, question or exclamation mark before a space, or a line break), at most 500 characters.
     */
    static String notes(Doc doc, Event event) {
        String text = doc.article().text();
        int at = event.trigger().start();
        for (Sentence sentence : doc.sentences()) {
            if (sentence.endToken() <= sentence.firstToken()) {
                continue;
            }
            Token first = doc.tokens().get(sentence.firstToken());
            Token last = doc.tokens().get(sentence.endToken() - 1);
            if (first.start() <= at && at < last.end()) {
                return oneLine(text.substring(first.start(), last.end()));
            }
        }
        int start = event.trigger().start();
        while (start > 0 && !endsSentence(text, start - 1) && event.trigger().start() - start < 250) {
            start--;
        }
        int end = event.trigger().end();
        while (end < text.length() && !endsSentence(text, end - 1) && end - event.trigger().end() < 250) {
            end++;
        }
        return oneLine(text.substring(start, end));
    }

    /** Whether the character at {@code i} ends a sentence: a line break, or .?! before a space or the end. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '?' && c != '!') {
            return false;
        }
        int next = i + 1;
        while (next < text.length() && (text.charAt(next) == '"' || text.charAt(next) == '\u201d'
                || text.charAt(next) == '\'')) {
            next++;
        }
        return next >= text.length() || Character.isWhitespace(text.charAt(next));
    }

    private static String oneLine(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
