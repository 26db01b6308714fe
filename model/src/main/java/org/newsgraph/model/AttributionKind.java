package org.newsgraph.model;

/** How the content is reported: verbatim, paraphrased, or a paraphrase with quoted fragments. */
public enum AttributionKind {
    DIRECT,
    INDIRECT,
    MIXED
}
