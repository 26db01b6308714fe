package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;

class PipelineTest {

    /** A stage that only records its facets. */
    private record Fake(String name, Set<Facet> requires, Set<Facet> provides) implements Stage {
        @Override
        public Doc apply(Doc doc) {
            return doc.withLanguage("en");
        }
    }

    @Test
    void aMissingRequirementFailsAtBuildTimeNamingStageAndFacet() {
        Pipeline.Builder builder = Pipeline.builder()
                .add(new Fake("tokenizer", Set.of(), Set.of(Facet.TOKENS)))
                .add(new Fake("roles", Set.of(Facet.ENTITIES), Set.of(Facet.ROLES)));
        assertThatThrownBy(builder::build)
                .isInstanceOf(PipelineConfigException.class)
                .hasMessage("stage 'roles' requires ENTITIES, which no earlier stage provides");
    }

    @Test
    void pipelinesNestWhenTheOuterProvidesWhatTheInnerNeeds() {
        Pipeline inner = Pipeline.builder("inner").given(Facet.TOKENS)
                .add(new Fake("entities", Set.of(Facet.TOKENS), Set.of(Facet.ENTITIES))).build();
        Pipeline outer = Pipeline.builder("outer")
                .add(new Fake("tokenizer", Set.of(), Set.of(Facet.TOKENS)))
                .add(inner)
                .build();
        assertThat(outer.provides()).containsExactlyInAnyOrder(Facet.TOKENS, Facet.ENTITIES);
        assertThat(inner.requires()).containsExactly(Facet.TOKENS);
    }

    /** A stage that always fails. */
    private record Exploding() implements Stage {
        @Override
        public String name() {
            return "exploding";
        }

        @Override
        public Set<Facet> requires() {
            return Set.of();
        }

        @Override
        public Set<Facet> provides() {
            return Set.of();
        }

        @Override
        public Doc apply(Doc doc) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aFailingStageIsReportedWithItsNameAndTheDocument() {
        Pipeline pipeline = Pipeline.builder().add(new Exploding()).build();
        assertThatThrownBy(() -> pipeline.apply(Doc.of(Article.of("doc-7", "text"))))
                .isInstanceOf(StageException.class)
                .hasMessage("exploding failed: boom")
                .satisfies(e -> assertThat(((StageException) e).docId()).isEqualTo("doc-7"));
    }
}
