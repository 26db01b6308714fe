package org.newsgraph.model;

/** How a mention refers: by name, by a common noun phrase, or by a pronoun. */
public enum MentionKind {
    NAME,
    NOMINAL,
    PRONOUN
}
