package org.newsgraph.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.io.output.EventCsvWriter;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;

/**
 * Writes an {@link ActorNetwork} as the two CSV files {@code neo4j-admin database import full}
 * reads ({@code --nodes=actors.csv --relationships=relationships.csv}): comma-separated, a header
 * row naming each column with its type ({@code :ID(Actor)}, {@code :LABEL}, {@code :START_ID(Actor)},
 * {@code :END_ID(Actor)}, {@code :TYPE}, {@code :int}, {@code :string[]} with the default array
 * delimiter {@code ;}), an empty field for a property the actor lacks. Labels are {@code Actor} and
 * the actor type; a relationship's type is its PLOVER type, {@code QUOTES} or {@code MENTIONS}.
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

    private Neo4jCsvWriter() {
    }

    /** Writes {@code actors.csv} and {@code relationships.csv} into the directory, creating it if needed. */
    public static void write(ActorNetwork network, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer nodes = Files.newBufferedWriter(directory.resolve(NODES), StandardCharsets.UTF_8)) {
            nodes.write(EventCsvWriter.line(NODE_HEADER));
            for (NetworkNode node : network.nodes()) {
                nodes.write(EventCsvWriter.line(List.of(NetworkColumns.nodeId(node.actorId()), node.name(),
                        node.type(), NetworkColumns.orEmpty(node.country()), NetworkColumns.orEmpty(node.link()),
                        Integer.toString(node.articleCount()), "Actor;" + label(node.type()))));
            }
        }
        try (Writer edges = Files.newBufferedWriter(directory.resolve(RELATIONSHIPS), StandardCharsets.UTF_8)) {
            edges.write(EventCsvWriter.line(RELATIONSHIP_HEADER));
            for (NetworkEdge edge : network.edges()) {
                edges.write(EventCsvWriter.line(List.of(NetworkColumns.nodeId(edge.source()),
                        NetworkColumns.nodeId(edge.target()), edge.kind().toUpperCase(Locale.ROOT),
                        Integer.toString(edge.count()), NetworkColumns.orEmpty(edge.firstDate()),
                        NetworkColumns.orEmpty(edge.lastDate()), String.join(";", edge.articleIds()),
                        Boolean.toString(edge.directed()))));
            }
        }
    }

    /** PERSON as Person, GPE as Gpe: Neo4j's label style. */
    static String label(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
