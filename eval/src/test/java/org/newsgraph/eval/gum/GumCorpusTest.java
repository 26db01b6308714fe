package org.newsgraph.eval.gum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader on the real GUM news documents in ../shared/data/gum-news (skipped when absent). The
 * expected counts were computed independently with a short script over the same CoNLL-U files.
 */
class GumCorpusTest {

    private static final Path GUM = Path.of("..", "..", "shared", "data", "gum-news");

    private static List<GumDocument> docs;

    @BeforeAll
    static void read() {
        assumeTrue(Files.isDirectory(GUM.resolve("dep")), "no GUM data at " + GUM.toAbsolutePath());
        docs = GumReader.readDirectory(GUM);
    }

    @Test
    void readsAllTwentyFourNewsDocuments() {
        assertThat(docs).hasSize(24);
        assertThat(docs.get(0).id()).isEqualTo("GUM_news_afghan");
        assertThat(docs.stream().mapToInt(d -> d.mentions().size()).sum()).isEqualTo(5018);
        assertThat(docs.stream().mapToLong(d -> d.mentions().stream().filter(GumMention::named).count()).sum())
                .isEqualTo(1499);
    }

    @Test
    void everyRebuiltLineIsTheSentenceTextGumRecords() throws IOException {
        for (GumDocument doc : docs) {
            List<String> recorded = Files.readAllLines(GUM.resolve("dep").resolve(doc.id() + ".conllu")).stream()
                    .filter(l -> l.startsWith("# text = ")).map(l -> l.substring("# text = ".length())).toList();
            List<String> rebuilt = Arrays.stream(doc.text().split("\n")).filter(l -> !l.isEmpty()).toList();
            assertThat(rebuilt).as(doc.id()).isEqualTo(recorded);
        }
    }

    @Test
    void namedMentionsOfTheAfghanDocument() {
        GumDocument afghan = docs.get(0);
        assertThat(afghan.text()).startsWith("After visa snags, all-girl Afghan team honored for 'courageous "
                + "achievement' at international robotics competition\n\nFriday, July 21, 2017\n\n");
        assertThat(afghan.mentions().stream().filter(m -> "Donald_Trump".equals(m.identity()) && m.named())
                .map(m -> m.span().text()).toList())
                // GUM tags "President" NNP, so "The President" counts as a name.
                .containsExactly("U.S. President Donald Trump's", "The President", "Trump", "President Donald Trump",
                        "The President", "President Trump's");
    }
}
