package org.newsgraph.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.Stored;

class TallyTest {

    @Test
    void theSummaryCountsEachOutcome() {
        Tally tally = new Tally();
        tally.count(Stored.Outcome.NEW_ARTICLE);
        tally.count(Stored.Outcome.NEW_VERSION);
        tally.count(Stored.Outcome.NEW_ARTICLE);
        tally.count(Stored.Outcome.UNCHANGED);
        tally.countFailure();

        assertThat(tally.done()).isEqualTo(5);
        assertThat(tally.summary("./data", Duration.ofSeconds(65))).isEqualTo(
                "./data: 3 stored (2 new articles, 1 new version), 1 unchanged, 1 failed, in 1m 05s");
    }
}
