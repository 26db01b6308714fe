package org.newsgraph.cli.export;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.network.NetworkEdge;

/** What the network formats share: node ids, the evidence list, the XML prologue. */
final class NetworkColumns {

    /** Separates the evidence article ids in one value. */
    static final String LIST_SEPARATOR = "|";

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private NetworkColumns() {
    }

    /** A node's id in the written file: {@code a} and the actor id. */
    static String nodeId(long actorId) {
        return "a" + actorId;
    }

    static String articles(NetworkEdge edge) {
        return String.join(LIST_SEPARATOR, edge.articleIds());
    }

    /** Starts an XML document whose root element is in {@code namespace}, with the schema's location. */
    static XMLStreamWriter startXml(Writer out, String root, String namespace, String schema)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(namespace);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", namespace + " " + schema);
        return xml;
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
