package org.newsgraph.eval.gum;

/** Which part of the gold standard a score is computed over. */
public enum GoldScope {
    /**
     * Named only: gold mentions whose head word is a proper noun (NNP, NNPS) against newsgraph's
     * mentions of kind NAME; for coreference, gold chains with at least one named mention against
     * newsgraph entities with at least one NAME mention.
     */
    NAMED,
    /** Everything: all gold mentions against all newsgraph mentions, all chains (singletons too) against all entities. */
    ALL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
