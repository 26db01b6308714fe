package org.newsgraph.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;

/**
 * The Neo4j files read back as {@code neo4j-admin database import full} reads them by default
 * ({@link Neo4jImport}): names with commas, quotes, semicolons and line breaks, an actor without a country,
 * an undated edge, an article id holding the array delimiter.
 */
class Neo4jCsvWriterTest {

    @TempDir
    Path dir;

    private static final ActorNetwork NETWORK = new ActorNetwork(
            List.of(new NetworkNode(1, "Kim, \"the\" Leader", "PERSON", "PRK", "https://en.wikipedia.org/wiki/Kim_Jong_Un", 3),
                    new NetworkNode(2, "United\r\nStates; of America", "GPE", null, null, 1)),
            List.of(new NetworkEdge(1, 2, "CONSULT", 2, "2023-09-11", "2023-09-12", List.of("w1", "w;2")),
                    new NetworkEdge(1, 2, "mentions", 1, null, null, List.of("w3"))));

    private Neo4jImport imported() throws Exception {
        Neo4jCsvWriter.write(NETWORK, dir);
        return new Neo4jImport().nodes(dir.resolve("actors.csv")).relationships(dir.resolve("relationships.csv"));
    }

    @Test
    void theNodesImportWithTheirLabelsAndTypedProperties() throws Exception {
        Map<String, Neo4jImport.Node> nodes = imported().byId();

        assertThat(nodes).containsOnlyKeys("a1", "a2");
        assertThat(nodes.get("a1")).isEqualTo(new Neo4jImport.Node("a1", List.of("Actor", "Person"),
                Map.of("actorId", "a1", "name", "Kim, \"the\" Leader", "type", "PERSON", "country", "PRK",
                        "link", "https://en.wikipedia.org/wiki/Kim_Jong_Un", "articles", 3)));
        assertThat(nodes.get("a2")).isEqualTo(new Neo4jImport.Node("a2", List.of("Actor", "Gpe"),
                Map.of("actorId", "a2", "name", "United States; of America", "type", "GPE", "articles", 1)));
    }

    @Test
    void theRelationshipsImportBetweenTheNodes() throws Exception {
        List<Neo4jImport.Relationship> relationships = imported().relationships();

        assertThat(relationships).containsExactly(
                new Neo4jImport.Relationship("a1", "CONSULT", "a2", Map.of("count", 2, "firstDate", "2023-09-11",
                        "lastDate", "2023-09-12", "articleIds", List.of("w1", "w%3B2"), "directed", true)),
                new Neo4jImport.Relationship("a1", "MENTIONS", "a2", Map.of("count", 1, "articleIds", List.of("w3"),
                        "directed", false)));
    }

    /** The reader refuses what the tool refuses, so the tests above can fail. */
    @Test
    void theReaderRefusesWhatTheImportToolRefuses() throws Exception {
        Path lineBreak = Files.writeString(dir.resolve("break.csv"), "id:ID,name\n1,\"two\nlines\"\n");
        Path untyped = Files.writeString(dir.resolve("untyped.csv"), "id:ID,count:integer\n1,2\n");
        Path notInt = Files.writeString(dir.resolve("notint.csv"), "id:ID,count:int\n1,two\n");
        Path dangling = Files.writeString(dir.resolve("rels.csv"), ":START_ID,:END_ID,:TYPE\n1,9,KNOWS\n");
        Path afterQuote = Files.writeString(dir.resolve("quote.csv"), "id:ID,name\n1,\"a\"b\n");

        assertThatThrownBy(() -> new Neo4jImport().nodes(lineBreak)).hasMessageContaining("not closed on its line");
        assertThatThrownBy(() -> new Neo4jImport().nodes(untyped)).hasMessageContaining("'count:integer'");
        assertThatThrownBy(() -> new Neo4jImport().nodes(notInt)).hasMessageContaining("count: not a int: two");
        assertThatThrownBy(() -> new Neo4jImport().relationships(dangling)).hasMessageContaining(":START_ID 1 is no node");
        assertThatThrownBy(() -> new Neo4jImport().nodes(afterQuote)).hasMessageContaining("data after a closing quote");
    }
}
