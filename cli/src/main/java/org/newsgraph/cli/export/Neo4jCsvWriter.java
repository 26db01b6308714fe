package org.newsgraph.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;

/**
 * Writes an {@link ActorNetwork} as the two CSV files {@code neo4j-admin database import full}
 * reads ({@code --nodes=actors.csv --relationships=relationships.csv}): comma-separated, a header
 * row naming each column with its type ({@code :ID(Actor)}, {@code :LABEL}, {@code :START_ID(Actor)},
 * {@code :END_ID(Actor)}, {@code :TYPE}, {@code :int}, {@code :string[]} with the default array
 * delimiter {@code ;}, a {@code ;} inside an article id written {@code %3B}), an empty field for a property
 * the actor lacks, line breaks inside values as spaces (the tool refuses multi-line fields by default).
 * Labels are {@code Actor} and the actor type; a relationship's type is its PLOVER type, {@code QUOTES} or {@code MENTIONS}.
 * Stateless; throws {@link IOException} when a file cannot be written.
 */
public final class Neo4jCsvWriter {

    /** The node file's header. */
    public static final List<String> NODE_HEADER = List.of("actorId:ID(Actor)", "name", "type", "country", "link",
            "articles:int", ":LABEL");
    /** The relationship file's header. */
    public static final List<String> RELATIONSHIP_HEADER = List.of(":START_ID(Actor)", ":END_ID(Actor)", ":TYPE",
            "count:int", "firstDate", "lastDate", "articleIds:string[]", "directed:boolean");

    static final String NODES = "actors.csv";
    static final String RELATIONSHIPS = "relationships.csv";

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Neo4jCsvWriter() {
    }

    /** Writes {@code actors.csv} and {@code relationships.csv} into the directory, creating it if needed. */
    public static void write(ActorNetwork network, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer nodes = Files.newBufferedWriter(directory.resolve(NODES), StandardCharsets.UTF_8)) {
            nodes.write(EventCsvWriter.line(NODE_HEADER));
            for (NetworkNode node : network.nodes()) {
                nodes.write(line(List.of(NetworkColumns.nodeId(node.actorId()), node.name(),
                        node.type(), NetworkColumns.orEmpty(node.country()), NetworkColumns.orEmpty(node.link()),
                        Integer.toString(node.articleCount()), "Actor;" + label(node.type()))));
            }
        }
        try (Writer edges = Files.newBufferedWriter(directory.resolve(RELATIONSHIPS), StandardCharsets.UTF_8)) {
            edges.write(EventCsvWriter.line(RELATIONSHIP_HEADER));
            for (NetworkEdge edge : network.edges()) {
                edges.write(line(List.of(NetworkColumns.nodeId(edge.source()),
                        NetworkColumns.nodeId(edge.target()), edge.kind().toUpperCase(Locale.ROOT),
                        Integer.toString(edge.count()), NetworkColumns.orEmpty(edge.firstDate()),
                        NetworkColumns.orEmpty(edge.lastDate()), array(edge.articleIds()),
                        Boolean.toString(edge.directed()))));
            }
        }
    }

    /**
     * One record on one line: the import tool refuses a line break inside a field unless it is run with
     * {@code --multiline-fields=true}, so line breaks (a name spanning two lines of the text) become spaces.
     */
    private static String line(List<String> fields) {
        return EventCsvWriter.line(fields.stream().map(f -> LINE_BREAK.matcher(f).replaceAll(" ")).toList());
    }

    /** An array value: items joined by the default array delimiter, a delimiter inside an item percent-encoded. */
    static String array(List<String> items) {
        return String.join(";", items.stream().map(i -> i.replace(";", "%3B")).toList());
    }

    /** PERSON as Person, GPE as Gpe: Neo4j's label style. */
    static String label(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
