package org.newsgraph.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.CorpusFormatException;

class EcbplusReaderTest {

    @Test
    void rebuildsTheTextOneSentenceALineWithPunctuationAndCliticsAttached() {
        EcbDocument doc = EcbplusFixture.first();
        assertThat(doc.name()).isEqualTo("7_1ecbplus");
        assertThat(doc.topic()).isEqualTo(7);
        assertThat(doc.text()).isEqualTo(EcbplusFixture.TEXT_1);
    }

    @Test
    void everyTokenPointsAtItsOwnWordInTheText() {
        EcbDocument doc = EcbplusFixture.first();
        assertThat(doc.tokens()).hasSize(24);
        for (EcbToken t : doc.tokens()) {
            assertThat(doc.text().substring(t.start(), t.end())).isEqualTo(t.text());
        }
        EcbToken arrested = doc.byId().get(6);
        assertThat(arrested).isEqualTo(new EcbToken(6, 1, "arrested", 27, 35));
    }

    @Test
    void readsAnchoredMarkablesAndSkipsInstances() {
        EcbDocument doc = EcbplusFixture.first();
        assertThat(doc.mentions()).extracting(EcbMention::id).containsExactly(30, 31, 32, 33);
        assertThat(doc.actions()).extracting(EcbMention::tag)
                .containsExactly("ACTION_OCCURRENCE", "ACTION_OCCURRENCE", "NEG_ACTION_OCCURRENCE");
        assertThat(doc.mentions().get(2).tokens()).containsExactly(18, 19);
    }

    @Test
    void rejectsAFileNameWithoutTopic(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.xml"), "<Document/>");
        assertThatThrownBy(() -> EcbplusReader.read(file)).isInstanceOf(CorpusFormatException.class)
                .hasMessageContaining("TOPIC_NAME.xml");
    }

    @Test
    void rejectsMalformedXml(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("3_1ecb.xml"), "<Document><token t_id=\"1\" sentence=\"0\">a</Document>");
        assertThatThrownBy(() -> EcbplusReader.read(file)).isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith(file.toString());
    }
}
