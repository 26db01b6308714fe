package org.newsgraph.model;

/** How strongly the article stands behind attributed content. */
public enum Certainty {
    ASSERTED,
    REPORTED,
    ALLEGED,
    HEDGED,
    DENIED
}
