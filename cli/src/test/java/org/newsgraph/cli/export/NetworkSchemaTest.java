package org.newsgraph.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;

/**
 * The GEXF and GraphML writers' output validated against the formats' official XML Schemas
 * ({@link XmlSchemas}), on a network with every optional value present and absent: a node with a link
 * and one without a country, an undated edge, an undirected mentions edge, names that need escaping.
 */
class NetworkSchemaTest {

    private static final ActorNetwork NETWORK = new ActorNetwork(
            List.of(new NetworkNode(1, "Kim Jong Un", "PERSON", "PRK", "https://en.wikipedia.org/wiki/Kim_Jong_Un", 3),
                    new NetworkNode(2, "AT&T <\"Inc\">", "ORGANIZATION", null, null, 1),
                    new NetworkNode(3, "Ukraine", "GPE", "UKR", null, 2)),
            List.of(new NetworkEdge(1, 2, "CONSULT", 2, "2023-09-11", "2023-09-12", List.of("w1", "w2")),
                    new NetworkEdge(1, 3, "quotes", 1, null, null, List.of("w3")),
                    new NetworkEdge(2, 3, "mentions", 2, "2023-09-12", "2023-09-20", List.of("w1", "w2"))));

    private static String gexf(ActorNetwork network) throws Exception {
        StringWriter out = new StringWriter();
        GexfWriter.write(network, out);
        return out.toString();
    }

    private static String graphml(ActorNetwork network) throws Exception {
        StringWriter out = new StringWriter();
        GraphmlWriter.write(network, out);
        return out.toString();
    }

    @Test
    void gexfIsValidGexf12() throws Exception {
        assertThat(XmlSchemas.problems(XmlSchemas.gexf(), gexf(NETWORK))).isEmpty();
    }

    @Test
    void anEmptyNetworkIsValidGexf12() throws Exception {
        assertThat(XmlSchemas.problems(XmlSchemas.gexf(), gexf(new ActorNetwork(List.of(), List.of())))).isEmpty();
    }

    @Test
    void graphmlIsValidGraphml() throws Exception {
        assertThat(XmlSchemas.problems(XmlSchemas.graphml(), graphml(NETWORK))).isEmpty();
    }

    @Test
    void anEmptyNetworkIsValidGraphml() throws Exception {
        assertThat(XmlSchemas.problems(XmlSchemas.graphml(), graphml(new ActorNetwork(List.of(), List.of()))))
                .isEmpty();
    }

    /** The validation can fail: GraphML has no type "integer" and an edge needs a target; a weight is a number. */
    @Test
    void theSchemasRejectWhatTheFormatsForbid() throws Exception {
        String badType = graphml(NETWORK).replace("attr.type=\"int\"", "attr.type=\"integer\"");
        String noTarget = graphml(NETWORK).replace(" target=\"a2\"", "");
        String badWeight = gexf(NETWORK).replace("weight=\"2\"", "weight=\"two\"");

        assertThat(XmlSchemas.problems(XmlSchemas.graphml(), badType)).hasSize(4)
                .allSatisfy(p -> assertThat(p).contains("'integer'"))
                .anySatisfy(p -> assertThat(p).contains("cvc-enumeration-valid"));
        assertThat(XmlSchemas.problems(XmlSchemas.graphml(), noTarget)).singleElement().asString()
                .contains("cvc-complex-type.4").contains("'target'");
        assertThat(XmlSchemas.problems(XmlSchemas.gexf(), badWeight)).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("'two'"));
    }
}
