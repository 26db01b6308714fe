package org.newsgraph.eval.gum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.CorpusFormatException;

class GumReaderTest {

    private final GumDocument doc = GumFixture.document();

    @Test
    void readsTheDepFolderOfAGumDirectory() {
        List<GumDocument> docs = GumReader.readDirectory(GumFixture.directory());
        assertThat(docs).extracting(GumDocument::id).containsExactly("GUM_news_fixture");
    }

    @Test
    void rebuildsTheTextWithSentenceLinesParagraphGapsAndSpaceAfter() {
        assertThat(doc.text()).isEqualTo(GumFixture.TEXT);
    }

    @Test
    void wordsOfAMultiWordTokenAreWrittenTogether() {
        assertThat(doc.words()).hasSize(20);
        GumWord oslo = doc.words().get(3);
        GumWord possessive = doc.words().get(4);
        assertThat(oslo).isEqualTo(new GumWord(3, 0, 20, 24, "Oslo", "NNP", 5));
        assertThat(possessive).isEqualTo(new GumWord(4, 0, 24, 26, "'s", "POS", 3));
        assertThat(doc.words().get(7)).isEqualTo(new GumWord(7, 1, 37, 40, "She", "PRP", 8));
        assertThat(doc.words().get(8).head()).isEqualTo(-1);
    }

    @Test
    void mentionsCarrySpanTypeHeadNameFlagAndIdentity() {
        assertThat(doc.mentions())
                .extracting(m -> m.span().text(), GumMention::type, m -> m.head().text(), GumMention::named,
                        GumMention::entity, GumMention::identity)
                .containsExactly(
                        tuple("Maria Lopez", "person", "Maria", true, "1", "Maria_Lopez"),
                        tuple("Oslo's harbour", "place", "harbour", false, "3", null),
                        tuple("Oslo", "place", "Oslo", true, "2", "Oslo"),
                        tuple("She", "person", "She", false, "1", null),
                        tuple("the city", "place", "city", false, "2", null),
                        tuple("Monday", "time", "Monday", true, "5", null),
                        tuple("Lopez", "person", "Lopez", true, "1", "Maria_Lopez"),
                        tuple("Norsk Energi", "organization", "Norsk", true, "4", null));
        GumMention harbour = doc.mentions().get(1);
        assertThat(harbour.span().start()).isEqualTo(20);
        assertThat(harbour.span().end()).isEqualTo(34);
        assertThat(harbour.firstWord()).isEqualTo(3);
        assertThat(harbour.endWord()).isEqualTo(6);
        assertThat(harbour.headWord()).isEqualTo(5);
    }

    @Test
    void chainsGroupMentionsByEntityInOrderOfFirstMention() {
        assertThat(doc.chains()).extracting(chain -> chain.stream().map(m -> m.span().text()).toList())
                .containsExactly(List.of("Maria Lopez", "She", "Lopez"), List.of("Oslo's harbour"),
                        List.of("Oslo", "the city"), List.of("Monday"), List.of("Norsk Energi"));
    }

    @Test
    void splitsAFileIntoItsDocuments() {
        String conllu = "# newdoc id = one\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
                + "# newdoc id = two\n1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\tEntity=(1-abstract-new-n-cf1-1-sgl)\n";
        List<GumDocument> docs = GumReader.parse(conllu, "two-docs");
        assertThat(docs).extracting(GumDocument::id, GumDocument::text).containsExactly(
                tuple("one", "Hi"), tuple("two", "Bye"));
        assertThat(docs.get(1).mentions()).singleElement().extracting(GumMention::type).isEqualTo("abstract");
    }

    @Test
    void anUnclosedMentionIsAnErrorNamingTheFile() {
        String conllu = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tEntity=(1-abstract-new-n-cf1-1-sgl\n";
        assertThatThrownBy(() -> GumReader.parse(conllu, "broken"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage("broken:2: entity 1 of document broken opened but never closed");
    }

    @Test
    void aShortLineIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> GumReader.parse("# c\n1\tHi\thi\n", "short"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage("short:2: expected 10 tab-separated columns, found 3");
    }

    @Test
    void aCloseWithoutOpenIsAnError() {
        assertThatThrownBy(() -> GumReader.parse("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tEntity=7)\n", "f"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessage("f:1: entity 7 closed but not open");
    }
}
