package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ActorQuestions.Result;
import org.newsgraph.cli.export.Neo4jImport;
import org.newsgraph.cli.export.XmlSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code export --format gexf|graphml|neo4j}: the actor network of two stored articles, read back by
 * a namespace-aware XML parser, validated against the official XML Schemas of GEXF 1.2 and GraphML 1.0
 * ({@link XmlSchemas}) and checked against the rules the schemas cannot express (declared attributes and
 * keys, typed values, edge ends that are nodes), and the
 * Neo4j files imported as {@code neo4j-admin database import} reads them ({@link Neo4jImport}).
 */
class ExportNetworkTest extends TwoStoredArticles {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String ns, String name) {
        return descendants(document.getDocumentElement(), ns, name);
    }

    @Test
    void gexfHasTheActorsAndTypedEventEdges() throws Exception {
        Result result = ActorQuestions.run("export", "--db", db, "--format", "gexf");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(XmlSchemas.problems(XmlSchemas.gexf(), result.out())).isEmpty();
        String ns = "http://www.gexf.net/1.2draft";
        Document gexf = parse(result.out());
        assertThat(gexf.getDocumentElement().getLocalName()).isEqualTo("gexf");
        assertThat(gexf.getDocumentElement().getAttribute("version")).isEqualTo("1.2");
        Map<String, String> declared = new HashMap<>();
        for (Element attributes : elements(gexf, ns, "attributes")) {
            for (Element attribute : children(attributes, "attribute")) {
                declared.put(attributes.getAttribute("class") + ":" + attribute.getAttribute("id"),
                        attribute.getAttribute("type"));
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (Element node : elements(gexf, ns, "node")) {
            labels.put(node.getAttribute("id"), node.getAttribute("label"));
            checkValues(node, "node", declared);
        }
        List<String> edges = new ArrayList<>();
        for (Element edge : elements(gexf, ns, "edge")) {
            assertThat(labels).containsKeys(edge.getAttribute("source"), edge.getAttribute("target"));
            Double.parseDouble(edge.getAttribute("weight"));
            checkValues(edge, "edge", declared);
            edges.add(labels.get(edge.getAttribute("source")) + " " + edge.getAttribute("label") + " "
                    + labels.get(edge.getAttribute("target")) + " " + values(edge));
        }
        assertThat(labels.values()).containsExactlyInAnyOrder("Kim Jong Un", "Vladimir Putin", "Russia", "Ukraine");
        assertThat(edges).containsExactlyInAnyOrder(
                "Kim Jong Un CONSULT Vladimir Putin {article_ids=w1, count=1, first_date=2023-09-12, kind=CONSULT, last_date=2023-09-12}",
                "Russia ASSAULT Ukraine {article_ids=w1, count=1, first_date=2023-09-11, kind=ASSAULT, last_date=2023-09-11}");
        Element kim = elements(gexf, ns, "node").stream().filter(n -> n.getAttribute("label").equals("Kim Jong Un"))
                .findFirst().orElseThrow();
        assertThat(values(kim)).isEqualTo(Map.of("type", "PERSON", "country", "PRK", "articles", "1"));
    }

    /** Every attvalue names a declared attribute of its class and has a value of the declared type. */
    private static void checkValues(Element owner, String forClass, Map<String, String> declared) {
        for (Element value : descendants(owner, "attvalue")) {
            String type = declared.get(forClass + ":" + value.getAttribute("for"));
            assertThat(type).as("attribute %s of %s", value.getAttribute("for"), forClass).isNotNull();
            if (type.equals("integer")) {
                Integer.parseInt(value.getAttribute("value"));
            }
        }
    }

    private static Map<String, String> values(Element owner) {
        Map<String, String> values = new java.util.TreeMap<>();
        descendants(owner, "attvalue").forEach(v -> values.put(v.getAttribute("for"), v.getAttribute("value")));
        return values;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element parent, String name) {
        return descendants(parent, "*", name);
    }

    private static List<Element> descendants(Element parent, String ns, String name) {
        NodeList list = parent.getElementsByTagNameNS(ns, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    @Test
    void graphmlDeclaresEveryKeyAndMentionsEdgesAreUndirected() throws Exception {
        Result result = ActorQuestions.run("export", "--db", db, "--format", "graphml", "--min-mentioned", "1",
                "--actor", "Ukraine");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(XmlSchemas.problems(XmlSchemas.graphml(), result.out())).isEmpty();
        String ns = "http://graphml.graphdrawing.org/xmlns";
        Document graphml = parse(result.out());
        assertThat(graphml.getDocumentElement().getNamespaceURI()).isEqualTo(ns);
        Map<String, Element> keys = new HashMap<>();
        elements(graphml, ns, "key").forEach(k -> keys.put(k.getAttribute("id"), k));
        Map<String, String> names = new HashMap<>();
        for (Element node : elements(graphml, ns, "node")) {
            names.put(node.getAttribute("id"), data(node, keys, "node").get("name"));
        }
        Set<String> edgeIds = new HashSet<>();
        List<String> edges = new ArrayList<>();
        for (Element edge : elements(graphml, ns, "edge")) {
            assertThat(edgeIds.add(edge.getAttribute("id"))).isTrue();
            assertThat(names).containsKeys(edge.getAttribute("source"), edge.getAttribute("target"));
            Map<String, String> data = data(edge, keys, "edge");
            edges.add(names.get(edge.getAttribute("source")) + " " + data.get("kind") + " "
                    + names.get(edge.getAttribute("target")) + " directed=" + !edge.getAttribute("directed").equals("false")
                    + " " + data.get("count"));
        }
        assertThat(edges).containsExactlyInAnyOrder("Russia ASSAULT Ukraine directed=true 1",
                "Kim Jong Un mentions Ukraine directed=false 1", "Vladimir Putin mentions Ukraine directed=false 1",
                "Vladivostok mentions Ukraine directed=false 1", "Russia mentions Ukraine directed=false 1");
    }

    /** A node's or edge's data, each under a key declared for it, an int key holding an int. */
    private static Map<String, String> data(Element owner, Map<String, Element> keys, String forWhat) {
        Map<String, String> data = new HashMap<>();
        for (Element d : children(owner, "data")) {
            Element key = keys.get(d.getAttribute("key"));
            assertThat(key).as("key %s", d.getAttribute("key")).isNotNull();
            assertThat(key.getAttribute("for")).isIn(forWhat, "all");
            if (key.getAttribute("attr.type").equals("int")) {
                Integer.parseInt(d.getTextContent());
            }
            data.put(key.getAttribute("attr.name"), d.getTextContent());
        }
        return data;
    }

    @Test
    void neo4jFilesImportAsTheImportToolReadsThem() throws Exception {
        Path out = dir.resolve("neo4j");
        Result result = ActorQuestions.run("export", "--db", db, "--format", "neo4j", out.toString(), "--type", "consult");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err()).contains(out + ": 2 actors, 1 relationships");
        Neo4jImport imported = new Neo4jImport().nodes(out.resolve("actors.csv"))
                .relationships(out.resolve("relationships.csv"));
        Map<String, String> names = new HashMap<>();
        List<String> actors = new ArrayList<>();
        for (Neo4jImport.Node node : imported.nodes().values()) {
            names.put(node.id(), (String) node.properties().get("name"));
            actors.add(node.labels() + " " + new java.util.TreeMap<>(node.properties()).entrySet().stream()
                    .filter(e -> !e.getKey().equals("actorId")).toList());
        }
        assertThat(actors).containsExactlyInAnyOrder(
                "[Actor, Person] [articles=1, country=PRK, name=Kim Jong Un, type=PERSON]",
                "[Actor, Person] [articles=2, country=RUS, name=Vladimir Putin, type=PERSON]");
        assertThat(imported.relationships()).singleElement().satisfies(consult -> {
            assertThat(names.get(consult.start()) + " " + consult.type() + " " + names.get(consult.end()))
                    .isEqualTo("Kim Jong Un CONSULT Vladimir Putin");
            assertThat(consult.properties()).isEqualTo(Map.of("count", 1, "firstDate", "2023-09-12",
                    "lastDate", "2023-09-12", "articleIds", List.of("w1"), "directed", true));
        });
    }

    @Test
    void neo4jNeedsADirectoryAndOnlyItTakesOne() {
        Result missing = ActorQuestions.run("export", "--db", db, "--format", "neo4j");
        Result extra = ActorQuestions.run("export", "--db", db, "--format", "gexf", dir.toString());
        Result typed = ActorQuestions.run("export", "--db", db, "--format", "jsonl", "--type", "CONSULT");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--format neo4j needs a directory");
        assertThat(extra.exitCode()).isEqualTo(2);
        assertThat(typed.exitCode()).isEqualTo(2);
    }
}
