package org.newsgraph.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorePartitionTest {

    @Test
    void indexesMentionsByCluster() {
        Partition<String> p = Partition.of(List.of(List.of("a", "b"), List.of("c")));
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.mentionCount()).isEqualTo(3);
        assertThat(p.findCluster("b")).hasValue(0);
        assertThat(p.findCluster("c")).hasValue(1);
        assertThat(p.findCluster("z")).isEmpty();
        assertThat(p.mentions()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aMentionInTwoClustersIsRejected() {
        assertThatThrownBy(() -> Partition.of(List.of(List.of("a", "b"), List.of("b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mention b is in cluster 0 and again in cluster 1");
        assertThatThrownBy(() -> Partition.of(List.of(List.of("a", "a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyClusterIsRejected() {
        assertThatThrownBy(() -> Partition.of(List.of(List.of("a"), List.<String>of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty cluster at 1");
    }

    @Test
    void filterKeepsWholeClustersAndMapRenamesKeys() {
        Partition<String> p = Partition.of(List.of(List.of("a", "b"), List.of("c")));
        assertThat(p.filter(c -> c.size() > 1).clusters()).containsExactly(Set.of("a", "b"));
        assertThat(p.map(String::toUpperCase)).isEqualTo(Partition.of(List.of(List.of("C"), List.of("B", "A"))));
        assertThatThrownBy(() -> p.map(k -> "same")).isInstanceOf(IllegalArgumentException.class);
    }
}
