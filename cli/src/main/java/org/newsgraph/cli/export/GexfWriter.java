package org.newsgraph.cli.export;

import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;

/**
 * Writes an {@link ActorNetwork} as GEXF 1.2 (the format Gephi reads and writes): a static graph, directed by
 * default, mentions edges undirected; node attributes type, country, link, articles; edge
 * attributes kind (the PLOVER type, quotes or mentions, also the edge's {@code label}), count,
 * first_date, last_date, article_ids ({@code |}-separated); an edge's weight is its count. GEXF 1.2
 * rather than 1.3 because its schema ships in a Maven artifact the tests validate against.
 * Stateless; throws {@link XMLStreamException} when the writer fails.
 */
public final class GexfWriter {

    static final String NAMESPACE = "http://www.gexf.net/1.2draft";

    /** Attribute id and GEXF type, in declaration order. */
    private static final String[][] NODE_ATTRIBUTES = {
        {"type", "string"}, {"country", "string"}, {"link", "anyURI"}, {"articles", "integer"},
    };
    private static final String[][] EDGE_ATTRIBUTES = {
        {"kind", "string"}, {"count", "integer"}, {"first_date", "string"}, {"last_date", "string"}, {"article_ids", "string"},
    };

    private GexfWriter() {
    }

    public static void write(ActorNetwork network, Writer out) throws XMLStreamException {
        XMLStreamWriter xml = NetworkColumns.startXml(out, "gexf", NAMESPACE, "http://www.gexf.net/1.2draft/gexf.xsd");
        xml.writeAttribute("version", "1.2");
        xml.writeStartElement("meta");
        element(xml, "creator", "newsgraph");
        element(xml, "description", "actors and the events, quotes and co-mentions between them");
        xml.writeEndElement();
        xml.writeStartElement("graph");
        xml.writeAttribute("defaultedgetype", "directed");
        xml.writeAttribute("mode", "static");
        declare(xml, "node", NODE_ATTRIBUTES);
        declare(xml, "edge", EDGE_ATTRIBUTES);
        xml.writeStartElement("nodes");
        for (NetworkNode node : network.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", NetworkColumns.nodeId(node.actorId()));
            xml.writeAttribute("label", node.name());
            xml.writeStartElement("attvalues");
            value(xml, "type", node.type());
            if (node.country() != null) {
                value(xml, "country", node.country());
            }
            if (node.link() != null) {
                value(xml, "link", node.link());
            }
            value(xml, "articles", Integer.toString(node.articleCount()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("edges");
        int id = 0;
        for (NetworkEdge edge : network.edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", Integer.toString(id++));
            xml.writeAttribute("source", NetworkColumns.nodeId(edge.source()));
            xml.writeAttribute("target", NetworkColumns.nodeId(edge.target()));
            if (!edge.directed()) {
                xml.writeAttribute("type", "undirected");
            }
            xml.writeAttribute("label", edge.kind());
            xml.writeAttribute("weight", Integer.toString(edge.count()));
            xml.writeStartElement("attvalues");
            value(xml, "kind", edge.kind());
            value(xml, "count", Integer.toString(edge.count()));
            if (edge.firstDate() != null) {
                value(xml, "first_date", edge.firstDate());
                value(xml, "last_date", NetworkColumns.orEmpty(edge.lastDate()));
            }
            value(xml, "article_ids", NetworkColumns.articles(edge));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void declare(XMLStreamWriter xml, String forClass, String[][] attributes)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", forClass);
        for (String[] attribute : attributes) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute[0]);
            xml.writeAttribute("title", attribute[0]);
            xml.writeAttribute("type", attribute[1]);
        }
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", key);
        xml.writeAttribute("value", value);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
