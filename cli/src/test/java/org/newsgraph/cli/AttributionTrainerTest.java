package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.attribution.AttributionModel;

class AttributionTrainerTest {

    private static List<AttributionTrainer.Example> examples() {
        List<AttributionTrainer.Example> e = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            e.add(new AttributionTrainer.Example(List.of("cue=say", "source=name"), true));
            e.add(new AttributionTrainer.Example(List.of("cue=none", "source=none"), false));
            e.add(new AttributionTrainer.Example(List.of("cue=say", "source=none"), i % 4 == 0));
        }
        e.add(new AttributionTrainer.Example(List.of("cue=say", "rare=x"), true)); // seen once: dropped
        return e;
    }

    @Test
    void learnsWhichFeaturesMakeAnAttributionAndDropsRareOnes() {
        AttributionModel m = new AttributionTrainer(0.1, 3, 0.5).train(examples());
        assertThat(m.size()).isEqualTo(4);
        assertThat(m.accepts(List.of("cue=say", "source=name"))).isTrue();
        assertThat(m.accepts(List.of("cue=none", "source=none"))).isFalse();
        assertThat(m.accepts(List.of("cue=say", "source=none"))).isFalse(); // 5 of 20 were attributions
        assertThat(m.probability(List.of("cue=say", "rare=x"))).isEqualTo(m.probability(List.of("cue=say")));
    }

    @Test
    void trainingIsDeterministic() {
        List<String> f = List.of("cue=say", "source=none");
        assertThat(new AttributionTrainer(0.1, 3, 0.5).train(examples()).probability(f))
                .isEqualTo(new AttributionTrainer(0.1, 3, 0.5).train(examples()).probability(f));
    }

    @Test
    void oneClassAloneCannotBeTrained() {
        List<AttributionTrainer.Example> onlyYes = List.of(new AttributionTrainer.Example(List.of("a"), true),
                new AttributionTrainer.Example(List.of("a"), true), new AttributionTrainer.Example(List.of("a"), true));
        assertThatThrownBy(() -> new AttributionTrainer(0.1, 1, 0.5).train(onlyYes)).isInstanceOf(UsageException.class)
                .hasMessageContaining("too few candidates");
    }
}
