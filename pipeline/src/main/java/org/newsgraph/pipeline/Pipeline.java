package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;

/**
 * Stages run in order. Built with {@link #builder()}, which fails if a stage needs a facet that no
 * earlier stage provides. A pipeline is itself a stage, so pipelines nest. Thread-safe if its
 * stages are.
 */
public final class Pipeline implements Stage {

    private final String name;
    private final List<Stage> stages;
    private final Set<Facet> requires;
    private final Set<Facet> provides;

    private Pipeline(String name, List<Stage> stages, Set<Facet> requires, Set<Facet> provides) {
        this.name = name;
        this.stages = List.copyOf(stages);
        this.requires = Set.copyOf(requires);
        this.provides = Set.copyOf(provides);
    }

    public static Builder builder() {
        return new Builder("pipeline");
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public List<Stage> stages() {
        return stages;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Facet> requires() {
        return requires;
    }

    @Override
    public Set<Facet> provides() {
        return provides;
    }

    /**
     * Runs every stage in turn.
     *
     * @throws StageException naming the failing stage and document
     * @throws RejectedInputException if a stage rejects the input
     * @throws AnalysisCancelledException if the thread is interrupted (checked before every stage)
     */
    @Override
    public Doc apply(Doc doc) {
        Doc current = doc;
        for (Stage stage : stages) {
            Cancellation.check();
            try {
                current = stage.apply(current);
            } catch (StageException | RejectedInputException | AnalysisCancelledException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw new StageException(stage.name(), doc.id(),
                        stage.name() + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            }
        }
        return current;
    }

    /** Assembles a pipeline and checks its stages' requirements. */
    public static final class Builder {
        private final String name;
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Facet> given = EnumSet.noneOf(Facet.class);

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Declares facets the documents already have when they reach this pipeline (for nesting). */
        public Builder given(Facet... facets) {
            given.addAll(List.of(facets));
            return this;
        }

        public Builder add(Stage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * @throws PipelineConfigException naming the first stage whose requirement no earlier stage provides
         */
        public Pipeline build() {
            Set<Facet> available = EnumSet.noneOf(Facet.class);
            available.addAll(given);
            Set<Facet> provided = EnumSet.noneOf(Facet.class);
            for (Stage stage : stages) {
                for (Facet needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        throw new PipelineConfigException("stage '" + stage.name() + "' requires " + needed
                                + ", which no earlier stage provides");
                    }
                }
                available.addAll(stage.provides());
                provided.addAll(stage.provides());
            }
            return new Pipeline(name, stages, given, provided);
        }
    }
}
