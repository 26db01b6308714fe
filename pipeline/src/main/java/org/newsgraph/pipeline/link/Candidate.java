package org.newsgraph.pipeline.link;

import java.util.Objects;

/**
 * A Wikipedia title an alias may name, with the alias table's prior for it.
 *
 * @param title Wikipedia title, underscores for spaces
 * @param prior how often the alias names this title, in [0, 1]
 */
public record Candidate(String title, float prior) {

    public Candidate {
        Objects.requireNonNull(title, "title");
        if (!(prior >= 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior outside [0, 1]: " + prior);
        }
    }
}
