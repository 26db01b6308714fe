package org.newsgraph.model;

import java.util.Objects;

/**
 * A Universal Dependencies relation between two tokens (document token indices).
 *
 * @param governor  head token index, or -1 for the root
 * @param dependent dependent token index
 * @param relation  UD relation with subtype, e.g. "nsubj", "nmod:of", "compound"
 */
public record Dependency(int governor, int dependent, String relation) {

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad dependency " + governor + " -> " + dependent);
        }
    }

    /** The relation without its subtype: "nmod" for "nmod:of". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
