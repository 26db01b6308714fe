package org.newsgraph.eval.gum;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The test fixture src/test/resources/gum/dep/news_fixture.conllu, three sentences written for
 * these tests in GUM's format. Its reconstructed text, with character offsets:
 *
 * <pre>
 * 0         1         2         3
 * 0123456789012345678901234567890123456
 * Maria Lopez visited Oslo's harbour.      (0-35, then a blank line: new paragraph)
 * She praised the city on Monday.          (37-68)
 * Lopez works for Norsk Energi.            (69-98)
 * </pre>
 *
 * Gold entities: 1 person {Maria Lopez, She, Lopez}; 2 place {Oslo, the city}; 3 place {Oslo's
 * harbour}; 4 organization {Norsk Energi}; 5 time {Monday}.
 */
final class GumFixture {

    static final String TEXT = "Maria Lopez visited Oslo's harbour.\n\nShe praised the city on Monday.\n"
            + "Lopez works for Norsk Energi.";

    private GumFixture() {
    }

    static Path directory() {
        try {
            return Path.of(GumFixture.class.getResource("/gum").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GumDocument document() {
        List<GumDocument> docs = GumReader.readDirectory(directory());
        return docs.get(0);
    }
}
