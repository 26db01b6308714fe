package org.newsgraph.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.CorpusFormatException;

class EcbplusCorpusTest {

    @Test
    void readsOnlyDocumentsWithSelectedSentencesInTheTopicRange() {
        EcbplusCorpus corpus = EcbplusCorpus.read(EcbplusFixture.directory(), TopicRange.parse("7"));
        assertThat(corpus.documents()).extracting(EcbDocument::name).containsExactly("7_1ecbplus", "7_2ecb");
        assertThat(corpus.selection().size()).isEqualTo(2);
        assertThat(EcbplusCorpus.read(EcbplusFixture.directory(), TopicRange.parse("1-6")).documents()).isEmpty();
    }

    @Test
    void aFolderWithoutTheSelectionFileIsNotARelease(@TempDir Path dir) {
        assertThatThrownBy(() -> EcbplusCorpus.read(dir, TopicRange.ALL)).isInstanceOf(CorpusFormatException.class)
                .hasMessageContaining("ECBplus_coreference_sentences.csv");
    }

    @Test
    void selectionRowsNameTopicFileAndSentence() {
        SentenceSelection s = SentenceSelection.parse(List.of("Topic,File,Sentence Number", "12,3ecbplus,4", ""), "t");
        assertThat(s.contains("12_3ecbplus", 4)).isTrue();
        assertThat(s.contains("12_3ecbplus", 3)).isFalse();
        assertThat(s.covers("12_3ecb")).isFalse();
        assertThatThrownBy(() -> SentenceSelection.parse(List.of("1,2"), "sel.csv"))
                .isInstanceOf(CorpusFormatException.class).hasMessage("sel.csv line 1: not topic,file,sentence: 1,2");
    }

    @Test
    void topicRangesParseSingleTopicsAndRanges() {
        assertThat(TopicRange.parse("23-25")).isEqualTo(TopicRange.DEV);
        assertThat(TopicRange.parse(" 7 ")).isEqualTo(new TopicRange(7, 7));
        assertThat(TopicRange.DEV.contains(25)).isTrue();
        assertThat(TopicRange.DEV.contains(26)).isFalse();
        assertThat(TopicRange.ALL.toString()).isEqualTo("1-35");
        assertThatThrownBy(() -> TopicRange.parse("25-23")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopicRange.parse("dev")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("23-25");
    }
}
