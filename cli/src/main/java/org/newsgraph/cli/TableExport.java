package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.export.AcledWriter;
import org.newsgraph.cli.export.PolecatWriter;
import org.newsgraph.codec.DocumentFormatException;
import org.newsgraph.codec.DocumentReader;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.io.output.HeaderedRows;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.events.DocumentLines;
import org.newsgraph.store.events.StoredIds;

/**
 * The document and event formats of {@code export}: each stored document (latest version, as
 * {@link org.newsgraph.store.events.EventIndex#documents} chose them) as a JSON line ({@link DocumentLines}), as rows of the
 * events CSV, or as rows of the POLECAT or the ACLED-shaped table. The events CSV has the columns of
 * {@link EventCsvWriter} and then the corpus-wide ids the store assigned ({@link #ID_COLUMNS}: the
 * source and target actors' ids, {@code ;}-separated when several, and the event's story id; empty
 * where the store linked none), then those actors' Wikipedia page titles ({@link #LINK_COLUMNS}, in
 * the order of the ids, an empty place for an actor without a page). Not thread-safe.
 */
final class TableExport {

    /** The columns the events CSV of a store adds to those of {@link EventCsvWriter}. */
    static final List<String> ID_COLUMNS = List.of("source_actor_id", "target_actor_id", "story_id");
    /** The Wikipedia page titles of the actors of {@link #ID_COLUMNS}, after them. */
    static final List<String> LINK_COLUMNS = List.of("source_actor_link", "target_actor_link");

    private final ExportCommand.Format format;
    private final PrintWriter out;
    private final Predicate<Event> typeFilter;
    private final @Nullable String actorId;
    private final PolecatWriter polecat;
    private final AcledWriter acled;
    private final HeaderedRows csvRows;

    /**
     * @param type    POLECAT and ACLED only: only events of this PLOVER type (any case), or all
     * @param actorId POLECAT and ACLED only: only events with an actor the store linked to this actor, or all
     */
    TableExport(ExportCommand.Format format, PrintWriter out, @Nullable String type, @Nullable Long actorId) {
        this.format = format;
        this.out = out;
        String wanted = type == null ? null : type.toUpperCase(Locale.ROOT);
        this.typeFilter = event -> wanted == null || event.type().equals(wanted);
        this.actorId = actorId == null ? null : Long.toString(actorId);
        this.polecat = new PolecatWriter(out);
        this.acled = new AcledWriter(out);
        List<String> csvHeader = new ArrayList<>(EventCsvWriter.COLUMNS);
        csvHeader.addAll(ID_COLUMNS);
        csvHeader.addAll(LINK_COLUMNS);
        this.csvRows = new HeaderedRows(out, csvHeader, EventCsvWriter::line);
    }

    void write(String document) throws IOException {
        switch (format) {
            case JSONL -> DocumentLines.write(out, document);
            case EVENTS_CSV -> csv(doc(document), StoredIds.read(document));
            case POLECAT -> {
                StoredIds ids = StoredIds.read(document);
                polecat.write(doc(document), ids, typeFilter.and(event -> involves(event, ids)));
            }
            case ACLED -> {
                StoredIds ids = StoredIds.read(document);
                acled.write(doc(document), ids, typeFilter.and(event -> involves(event, ids)));
            }
            default -> throw new IllegalArgumentException("not a table format: " + format);
        }
    }

    void finish() throws IOException {
        switch (format) {
            case EVENTS_CSV -> csvRows.flush();
            case POLECAT -> polecat.flush();
            case ACLED -> acled.flush();
            default -> { }
        }
        out.flush();
    }

    /** ACLED only: the events the filters kept that ACLED codes no category for, or does not code. */
    int skipped() {
        return acled.skipped();
    }

    private void csv(Doc doc, StoredIds ids) throws IOException {
        csvRows.start();
        List<List<String>> rows = EventCsvWriter.rows(doc);
        for (int i = 0; i < rows.size(); i++) {
            Event event = doc.events().get(i);
            List<String> row = new ArrayList<>(rows.get(i));
            row.addAll(List.of(ids.actorIds(event, ActorRole.SOURCE), ids.actorIds(event, ActorRole.TARGET),
                    ids.story(event.id()).orElse(""), ids.actorLinks(event, ActorRole.SOURCE),
                    ids.actorLinks(event, ActorRole.TARGET)));
            csvRows.row(row);
        }
    }

    private boolean involves(Event event, StoredIds ids) {
        return actorId == null
                || event.actors().stream().anyMatch(a -> ids.actor(a.entity()).equals(Optional.of(actorId)));
    }

    /** A stored document as the analysed document it was written from. */
    private static Doc doc(String document) {
        try {
            return DocumentReader.read(document);
        } catch (DocumentFormatException e) {
            throw new StoreException("cannot read a stored document: " + e.getMessage(), e);
        }
    }
}
