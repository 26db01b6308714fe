package org.newsgraph.pipeline.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionModelTest {

    private static AttributionModel read(String text) throws IOException {
        return AttributionModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void probabilityIsTheLogisticOfBiasPlusTheWeightsOfKnownFeatures() {
        AttributionModel m = new AttributionModel(Map.of("cue=say", 2.0, "source=none", -1.0), -0.5, 0.3);
        assertThat(m.probability(List.of("cue=say", "unseen"))).isEqualTo(1 / (1 + Math.exp(-1.5)));
        assertThat(m.probability(List.of("source=none"))).isEqualTo(1 / (1 + Math.exp(1.5)));
        assertThat(m.accepts(List.of("source=none"))).isFalse(); // 0.18 < 0.3
        assertThat(m.accepts(List.of())).isTrue(); // 0.38
    }

    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        AttributionModel m = new AttributionModel(Map.of("b", -0.25, "a", 1.5), 0.125, 0.4);
        StringWriter text = new StringWriter();
        m.write(new PrintWriter(text));
        assertThat(text.toString()).isEqualTo("#bias\t0.125000\n#threshold\t0.4000\na\t1.500000\nb\t-0.250000\n");
        AttributionModel back = read(text.toString());
        assertThat(back.probability(List.of("a", "b"))).isEqualTo(m.probability(List.of("a", "b")));
        assertThat(back.threshold()).isEqualTo(0.4);
    }

    @Test
    void aMalformedLineNamesItsNumber() {
        assertThatThrownBy(() -> read("#bias\t0.1\ncue=say 2.0\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribution model line 2: expected feature<TAB>weight");
        assertThatThrownBy(() -> read("cue=say\tlots\n")).hasMessage("attribution model line 1: not a number");
        assertThatThrownBy(() -> read("#threshold\t1.5\n")).hasMessageContaining("between 0 and 1");
    }

    @Test
    void theShippedModelIsThere() {
        AttributionModel shipped = AttributionModel.shipped().orElseThrow();
        assertThat(shipped.threshold()).isEqualTo(0.3);
        assertThat(shipped.size()).isGreaterThan(500);
        // a say-verb cue with a named source weighs for an attribution, no cue and no source against
        assertThat(shipped.probability(List.of("cue=say", "cue-class=SAY", "source=name")))
                .isGreaterThan(shipped.probability(List.of("cue=none", "source=none")));
    }

    @Test
    void theShippedBoundaryModelIsThereAndTakesInTheComplementizer() {
        AttributionModel shipped = AttributionExtractor.shippedBoundaries().orElseThrow();
        assertThat(shipped.size()).isGreaterThan(1000);
        // a start on "that" after the cue weighs more than the same start one token later
        assertThat(shipped.probability(List.of("s|w=that", "s|d=-1", "s|rel=mark")))
                .isGreaterThan(shipped.probability(List.of("s|prev=that", "s|d=0", "s|rel=nsubj")));
    }
}
