package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.polnear.GoldAttribution;
import org.newsgraph.eval.polnear.GoldSpan;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.attribution.AttributionModel;
import org.newsgraph.pipeline.attribution.ContentChoices;

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

    private static final String TEXT = "Ana said that taxes rose. Then it rained.";

    /** A candidate "taxes rose" (14-24) of source "Ana" with start options at 14, 9 and end options at 24, 25. */
    private static ContentChoices choices(int contentStart, int contentEnd) {
        Attribution a = new Attribution("a1", AttributionKind.INDIRECT, Span.of(TEXT, contentStart, contentEnd),
                Span.of(TEXT, 4, 8), new Source(Span.of(TEXT, 0, 3), null, SourceKind.PERSON), Certainty.REPORTED, List.of());
        return new ContentChoices(a, List.of(new ContentChoices.Option(contentStart, List.of("s|rule")),
                new ContentChoices.Option(9, List.of("s|that"))),
                List.of(new ContentChoices.Option(contentEnd, List.of("e|rule")), new ContentChoices.Option(25, List.of("e|period"))));
    }

    private static GoldAttribution gold(int start, int end) {
        return new GoldAttribution(new GoldSpan(List.<int[]>of(new int[] {0, 3})), null,
                new GoldSpan(List.<int[]>of(new int[] {start, end})));
    }

    @Test
    void boundaryOptionsAreRightWhereTheMatchedGoldContentBeginsOrEnds() {
        // gold "that taxes rose.": the start option at 9 and the end option at 25 are right
        List<AttributionTrainer.Example> e = AttributionTrainer.labelBoundaries(List.of(choices(14, 24)), List.of(gold(9, 25)));
        assertThat(e).containsExactly(new AttributionTrainer.Example(List.of("s|rule"), false),
                new AttributionTrainer.Example(List.of("s|that"), true),
                new AttributionTrainer.Example(List.of("e|rule"), false),
                new AttributionTrainer.Example(List.of("e|period"), true));
        // gold "taxes rose" itself: the rules' options; gold "rose" (19-24): no start option is right, only the end side teaches
        assertThat(AttributionTrainer.labelBoundaries(List.of(choices(14, 24)), List.of(gold(14, 24))))
                .extracting(AttributionTrainer.Example::attribution).containsExactly(true, false, true, false);
        assertThat(AttributionTrainer.labelBoundaries(List.of(choices(14, 24)), List.of(gold(19, 24))))
                .extracting(AttributionTrainer.Example::features).containsExactly(List.of("e|rule"), List.of("e|period"));
        // a gold relation whose content the candidate misses ("it rained") teaches nothing
        assertThat(AttributionTrainer.labelBoundaries(List.of(choices(14, 24)), List.of(gold(31, 40)))).isEmpty();
    }
}
