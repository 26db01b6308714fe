package org.newsgraph.pipeline.event;

/** The part of speech of a trigger word. */
public enum TriggerKind {
    /** "attacked", "will meet". */
    VERB,
    /** "the invasion", "talks". */
    NOUN,
    /** A state an event leaves: "dead", "injured". */
    ADJECTIVE
}
