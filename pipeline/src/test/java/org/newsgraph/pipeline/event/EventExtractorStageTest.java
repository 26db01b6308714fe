package org.newsgraph.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Facet;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.PipelineConfigException;
import org.newsgraph.pipeline.SharedAnalyzer;
import org.newsgraph.pipeline.SharedLexicons;

class EventExtractorStageTest {

    @Test
    void itRunsAfterAttributionAndProvidesEvents() {
        EventExtractor stage = new EventExtractor(SharedLexicons.get());
        assertThat(stage.name()).isEqualTo("event-extractor");
        assertThat(stage.provides()).containsExactly(Facet.EVENTS);
        assertThatThrownBy(() -> Pipeline.builder("early").given(Facet.TOKENS, Facet.SENTENCES, Facet.ENTITIES,
                Facet.ROLES, Facet.TIMEXES).add(stage).build())
                .isInstanceOf(PipelineConfigException.class)
                .hasMessage("stage 'event-extractor' requires ATTRIBUTIONS, which no earlier stage provides");
    }

    @Test
    void itCanBeAddedAfterTheStandardPipeline() {
        Pipeline full = Pipeline.builder("with-events").add(SharedAnalyzer.get().pipeline())
                .add(new EventExtractor(SharedLexicons.get())).build();
        assertThat(full.provides()).contains(Facet.EVENTS, Facet.ATTRIBUTIONS);
    }
}
