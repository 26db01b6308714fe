package org.newsgraph.cli.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;

/**
 * Writes an {@link ActorNetwork} as GEXF 1.3 (the format Gephi reads): a static graph, directed by
 * default, mentions edges undirected; node attributes type, country, link, articles; edge
 * attributes count, first_date, last_date, article_ids ({@code |}-separated); an edge's
 * {@code kind} and {@code label} are its PLOVER type, quotes or mentions, its weight its count.
 * Stateless; throws {@link XMLStreamException} when the writer fails.
 */
public final class GexfWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";

    private GexfWriter() {
    }

    public static void write(ActorNetwork network, Writer out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                NAMESPACE + " http://gexf.net/1.3/gexf.xsd");
        xml.writeAttribute("version", "1.3");
        xml.writeStartElement("meta");
        element(xml, "creator", "newsgraph");
        element(xml, "description", "actors and the events, quotes and co-mentions between them");
        xml.writeEndElement();
        xml.writeStartElement("graph");
        xml.writeAttribute("defaultedgetype", "directed");
        xml.writeAttribute("mode", "static");
        Map<String, String> nodeAttributes = new LinkedHashMap<>();
        nodeAttributes.put("type", "string");
        nodeAttributes.put("country", "string");
        nodeAttributes.put("link", "anyURI");
        nodeAttributes.put("articles", "integer");
        declare(xml, "node", nodeAttributes);
        Map<String, String> edgeAttributes = new LinkedHashMap<>();
        edgeAttributes.put("count", "integer");
        edgeAttributes.put("first_date", "string");
        edgeAttributes.put("last_date", "string");
        edgeAttributes.put("article_ids", "string");
        declare(xml, "edge", edgeAttributes);
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
            xml.writeAttribute("kind", edge.kind());
            xml.writeStartElement("attvalues");
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

    private static void declare(XMLStreamWriter xml, String forClass, Map<String, String> attributes)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", forClass);
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute.getKey());
            xml.writeAttribute("title", attribute.getKey());
            xml.writeAttribute("type", attribute.getValue());
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
