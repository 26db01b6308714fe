package org.newsgraph.eval.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.score.Score;

class TopicScoresTest {

    @Test
    void sumsDocumentsPerTopicAndOverall() {
        TopicScores s = TopicScores.EMPTY.plus(24, new Score(1, 2, 1, 3)).plus(23, new Score(2, 2, 2, 2))
                .plus(24, new Score(3, 4, 3, 3));
        assertThat(s.sorted().keySet()).containsExactly(23, 24);
        assertThat(s.sorted().get(24)).isEqualTo(new Score(4, 6, 4, 6));
        assertThat(s.total()).isEqualTo(new Score(6, 8, 6, 8));
        assertThat(s.total().f1()).isEqualTo(0.75);
    }

    @Test
    void nothingScoredIsZero() {
        assertThat(TopicScores.EMPTY.total()).isEqualTo(Score.ZERO);
    }
}
