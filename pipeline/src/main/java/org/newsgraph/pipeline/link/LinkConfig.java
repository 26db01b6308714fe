package org.newsgraph.pipeline.link;

/**
 * How {@link EntityLinker} decides.
 *
 * @param threshold lowest score a link needs; below it the entity stays unlinked (NIL)
 * @param margin    how far the best candidate must score above the second, or the entity stays NIL
 */
public record LinkConfig(double threshold, double margin) {

    public LinkConfig {
        if (!(threshold >= 0 && threshold <= 1) || !(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("link threshold and margin must be in [0, 1]: " + threshold + ", " + margin);
        }
    }

    /** Precision first: a link only when the alias table's prior is high and unchallenged. */
    public static LinkConfig precise() {
        return new LinkConfig(0.6, 0.15);
    }

    public LinkConfig withThreshold(double newThreshold) {
        return new LinkConfig(newThreshold, margin);
    }
}
