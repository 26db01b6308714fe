package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.actors.ActorSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph export --format jsonl|events-csv [--actor NAME] [--from DATE] [--to DATE]}: the
 * latest version of each stored article (oldest publication first), as {@code newsgraph/document@1}
 * JSON lines or as the events table in the columns of {@link EventCsvWriter}, on standard output.
 * Filters: articles that mention an actor, articles published in a date range. Exit codes: 0
 * written, 1 no actor matches, 2 usage error.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes the stored articles as document JSON lines, or their events as CSV, to standard output.")
final class ExportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What export writes. */
    enum Format {
        JSONL, EVENTS_CSV
    }

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB",
            description = "A directory (embedded H2 database) or a jdbc:postgresql:// URL "
                    + "(default: $NEWSGRAPH_DB, else " + Stores.DEFAULT_DB + ").")
    @Nullable String db;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            description = "jsonl (newsgraph/document@1, one article a line) or events-csv (one event a row).")
    Format format = Format.JSONL;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only articles that mention this actor.")
    @Nullable String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE.")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE.")
    @Nullable String to;

    @Override
    public Integer call() {
        EventsCommand.requireDate("--from", from);
        EventsCommand.requireDate("--to", to);
        CommandLine cli = ActorsCommand.commandLine(spec);
        ActorsCommand.Db options = new ActorsCommand.Db();
        options.db = db;
        try (ArticleStore store = options.open()) {
            @Nullable Long actorId = null;
            if (actor != null) {
                List<ActorSummary> found = store.actors().search(actor);
                if (found.isEmpty()) {
                    return ActorsCommand.refuse(cli, new ActorsCommand.Refused("no actor matches '" + actor + "'"));
                }
                actorId = found.get(0).id();
            }
            PrintWriter out = cli.getOut();
            if (format == Format.EVENTS_CSV) {
                out.print(EventCsvWriter.line(EventCsvWriter.COLUMNS));
            }
            for (String document : store.events().documents(actorId, from, to)) {
                JsonNode doc = read(document);
                if (format == Format.JSONL) {
                    out.println(doc.toString());
                } else {
                    for (List<String> row : eventRows(doc)) {
                        out.print(EventCsvWriter.line(row));
                    }
                }
            }
            out.flush();
            return Main.EXIT_OK;
        }
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored document is no JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The events of a stored document JSON in {@link EventCsvWriter#COLUMNS}' order, with the values
     * {@link EventCsvWriter} writes for the analysed document.
     */
    static List<List<String>> eventRows(JsonNode doc) {
        Map<String, String> names = new HashMap<>();
        doc.path("entities").forEach(e -> names.put(e.path("id").asText(), e.path("name").asText()));
        Map<String, JsonNode> attributions = new HashMap<>();
        doc.path("attributions").forEach(a -> attributions.put(a.path("id").asText(), a));
        String id = doc.path("id").asText();
        String published = text(doc.path("published"));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode event : doc.path("events")) {
            JsonNode time = event.path("time");
            String location = text(event.path("location"));
            rows.add(List.of(id, time.isObject() ? time.path("value").asText() : published,
                    actors(event, "source", names, "entity"), actors(event, "source", names, "country"),
                    actors(event, "target", names, "entity"), actors(event, "target", names, "country"),
                    event.path("type").asText(), text(event.path("mode")), text(event.path("cameo")),
                    location.isEmpty() ? "" : names.getOrDefault(location, location),
                    event.path("status").asText(), attributionSource(attributions.get(text(event.path("attribution"))), names),
                    event.path("trigger").path("text").asText(), event.path("trigger").path("start").asText(),
                    event.path("trigger").path("end").asText()));
        }
        return rows;
    }

    private static String actors(JsonNode event, String role, Map<String, String> names, String field) {
        Set<String> all = new LinkedHashSet<>();
        for (JsonNode actor : event.path("actors")) {
            if (!role.equals(actor.path("role").asText())) {
                continue;
            }
            if (field.equals("country")) {
                String country = text(actor.path("country"));
                if (!country.isEmpty()) {
                    all.add(country);
                }
            } else {
                String entity = text(actor.path("entity"));
                all.add(entity.isEmpty() ? oneLine(actor.path("span").path("text").asText())
                        : names.getOrDefault(entity, entity));
            }
        }
        return String.join(field.equals("country") ? ";" : "; ", all);
    }

    private static String attributionSource(@Nullable JsonNode attribution, Map<String, String> names) {
        JsonNode source = attribution == null ? null : attribution.get("source");
        if (source == null || !source.isObject()) {
            return "";
        }
        String entity = text(source.path("entity"));
        if (!entity.isEmpty()) {
            return names.getOrDefault(entity, entity);
        }
        return source.path("span").isObject() ? oneLine(source.path("span").path("text").asText())
                : source.path("kind").asText().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : "";
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Parses {@code jsonl} or {@code events-csv}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "jsonl" -> Format.JSONL;
                case "events-csv" -> Format.EVENTS_CSV;
                default -> throw new CommandLine.TypeConversionException(
                        "expected jsonl or events-csv but was '" + value + "'");
            };
        }
    }
}
