package org.newsgraph.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader on the ECB+ release in ../shared/data/ecbplus (skipped when absent). The expected counts
 * were computed independently with a short regular-expression script over the same XML and CSV files.
 */
class EcbplusDataTest {

    private static final Path ECBPLUS = Path.of("..", "..", "shared", "data", "ecbplus");

    private static long goldActions(EcbplusCorpus corpus) {
        long count = 0;
        for (EcbDocument doc : corpus.documents()) {
            Map<Integer, EcbToken> tokens = doc.byId();
            count += doc.actions().stream()
                    .filter(m -> corpus.selection().contains(doc.name(), tokens.get(m.tokens().get(0)).sentence()))
                    .count();
        }
        return count;
    }

    @Test
    void theDevelopmentTopicsHave73DocumentsAnd389SelectedActionMentions() {
        assumeTrue(Files.isDirectory(ECBPLUS), "no ECB+ data at " + ECBPLUS.toAbsolutePath());
        EcbplusCorpus dev = EcbplusCorpus.read(ECBPLUS, TopicRange.DEV);
        assertThat(dev.documents()).hasSize(73);
        assertThat(goldActions(dev)).isEqualTo(389);
        EcbDocument first = dev.documents().get(0);
        assertThat(first.name()).isEqualTo("23_10ecb");
        for (EcbToken t : first.tokens()) {
            assertThat(first.text().substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void allTopicsHave770DocumentsAnd5053SelectedActionMentions() {
        assumeTrue(Files.isDirectory(ECBPLUS), "no ECB+ data at " + ECBPLUS.toAbsolutePath());
        EcbplusCorpus all = EcbplusCorpus.read(ECBPLUS, TopicRange.ALL);
        assertThat(all.documents()).hasSize(770);
        assertThat(goldActions(all)).isEqualTo(5053);
    }
}
