package org.newsgraph.eval.ecbplus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsgraph.eval.CorpusFormatException;

/**
 * Reads one ECB+ XML file: {@code <token t_id sentence number>} elements, then {@code <Markables>}
 * whose children anchor to tokens through {@code <token_anchor t_id>}, then {@code <Relations>}: the
 * {@code <source m_id>} mentions of a {@code CROSS_DOC_COREF} relation belong to the chain its
 * {@code note} names, those of an {@code INTRA_DOC_COREF} relation to a chain of this document.
 *
 * <p>The text is rebuilt from the tokens: one sentence a line, tokens separated by a space except
 * before closing punctuation and clitics ({@code . , ) 's n't ''}...) and after opening brackets and
 * quotes ({@code ( `` $}...); a straight {@code "} opens and closes in turn. Stateless and
 * thread-safe; a malformed file raises {@link CorpusFormatException} naming it.
 */
public final class EcbplusReader {

    private static final Pattern NAME = Pattern.compile("(\\d+)_(\\w+)\\.xml");
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private EcbplusReader() {
    }

    /**
     * Reads {@code file}, whose name must be {@code TOPIC_NAME.xml} (e.g. {@code 23_1ecbplus.xml}).
     *
     * @throws CorpusFormatException if the name or the XML is not ECB+'s
     * @throws UncheckedIOException  if the file cannot be read
     */
    public static EcbDocument read(Path file) {
        String fileName = file.getFileName().toString();
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new CorpusFormatException(file + ": not an ECB+ file name (TOPIC_NAME.xml)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(XML.createXMLStreamReader(in, "UTF-8"), fileName.substring(0, fileName.length() - 4),
                    Integer.parseInt(m.group(1)));
        } catch (XMLStreamException | NumberFormatException e) {
            throw new CorpusFormatException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static EcbDocument parse(XMLStreamReader xml, String name, int topic) throws XMLStreamException {
        TextBuilder text = new TextBuilder();
        List<EcbToken> tokens = new ArrayList<>();
        List<EcbMention> mentions = new ArrayList<>();
        Map<Integer, String> chains = new HashMap<>();
        String relationChain = null;
        boolean inMarkables = false;
        String markable = null;
        int markableId = -1;
        List<Integer> anchors = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("token") && !inMarkables) {
                    int id = Integer.parseInt(attribute(xml, "t_id"));
                    int sentence = Integer.parseInt(attribute(xml, "sentence"));
                    String word = xml.getElementText().strip();
                    tokens.add(text.add(id, sentence, word));
                } else if (element.equals("Markables")) {
                    inMarkables = true;
                } else if (element.equals("CROSS_DOC_COREF") || element.equals("INTRA_DOC_COREF")) {
                    String note = xml.getAttributeValue(null, "note");
                    relationChain = element.equals("CROSS_DOC_COREF") && note != null && !note.isBlank() ? note
                            : name + "/" + attribute(xml, "r_id");
                } else if (element.equals("source") && relationChain != null) {
                    chains.put(Integer.parseInt(attribute(xml, "m_id")), relationChain);
                } else if (inMarkables && element.equals("token_anchor") && markable != null) {
                    anchors.add(Integer.parseInt(attribute(xml, "t_id")));
                } else if (inMarkables && markable == null) {
                    markable = element;
                    String mid = xml.getAttributeValue(null, "m_id");
                    markableId = mid == null ? -1 : Integer.parseInt(mid);
                    anchors.clear();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("Markables")) {
                    inMarkables = false;
                } else if (element.equals("CROSS_DOC_COREF") || element.equals("INTRA_DOC_COREF")) {
                    relationChain = null;
                } else if (element.equals(markable)) {
                    if (!anchors.isEmpty()) {
                        mentions.add(new EcbMention(markableId, markable, anchors));
                    }
                    markable = null;
                }
            }
        }
        return new EcbDocument(name, topic, text.toString(), tokens, mentions, chains);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        if (value == null) {
            throw new CorpusFormatException("line " + xml.getLocation().getLineNumber() + ": <" + xml.getLocalName()
                    + "> lacks " + name);
        }
        return value;
    }
}
