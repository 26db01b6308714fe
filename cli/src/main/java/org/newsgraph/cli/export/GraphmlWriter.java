package org.newsgraph.cli.export;

import java.io.Writer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;

/**
 * Writes an {@link ActorNetwork} as GraphML 1.0 with typed keys (name, type, country, link, articles
 * for nodes; kind, count, first_date, last_date, article_ids for edges); the graph is directed by
 * default and mentions edges say {@code directed="false"}. Stateless; throws
 * {@link XMLStreamException} when the writer fails.
 */
public final class GraphmlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private static final String[][] KEYS = {
        {"name", "node", "string"}, {"type", "node", "string"}, {"country", "node", "string"},
        {"link", "node", "string"}, {"articles", "node", "int"}, {"kind", "edge", "string"},
        {"count", "edge", "int"}, {"first_date", "edge", "string"}, {"last_date", "edge", "string"},
        {"article_ids", "edge", "string"},
    };

    private GraphmlWriter() {
    }

    public static void write(ActorNetwork network, Writer out) throws XMLStreamException {
        XMLStreamWriter xml = NetworkColumns.startXml(out, "graphml", NAMESPACE,
                "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        for (String[] key : KEYS) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", key[0]);
            xml.writeAttribute("for", key[1]);
            xml.writeAttribute("attr.name", key[0]);
            xml.writeAttribute("attr.type", key[2]);
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "actors");
        xml.writeAttribute("edgedefault", "directed");
        for (NetworkNode node : network.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", NetworkColumns.nodeId(node.actorId()));
            data(xml, "name", node.name());
            data(xml, "type", node.type());
            data(xml, "country", node.country());
            data(xml, "link", node.link());
            data(xml, "articles", Integer.toString(node.articleCount()));
            xml.writeEndElement();
        }
        int id = 0;
        for (NetworkEdge edge : network.edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + id++);
            xml.writeAttribute("source", NetworkColumns.nodeId(edge.source()));
            xml.writeAttribute("target", NetworkColumns.nodeId(edge.target()));
            if (!edge.directed()) {
                xml.writeAttribute("directed", "false");
            }
            data(xml, "kind", edge.kind());
            data(xml, "count", Integer.toString(edge.count()));
            data(xml, "first_date", edge.firstDate());
            data(xml, "last_date", edge.lastDate());
            data(xml, "article_ids", NetworkColumns.articles(edge));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void data(XMLStreamWriter xml, String key, @Nullable String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
