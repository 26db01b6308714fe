package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Facet;

/**
 * One step of analysis. A stage declares the facets it needs and provides, and turns a document
 * into a new one; it never mutates its input. Implementations are stateless after construction
 * and therefore safe to share between threads.
 */
public interface Stage {

    /** A short name for messages, e.g. "entity-resolver". */
    String name();

    /** Facets that must be present before this stage runs. */
    Set<Facet> requires();

    /** Facets this stage adds. */
    Set<Facet> provides();

    /**
     * Analyses {@code doc}.
     *
     * @throws StageException if the document cannot be analysed
     */
    Doc apply(Doc doc);
}
