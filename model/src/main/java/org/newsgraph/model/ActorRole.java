package org.newsgraph.model;

/** The part an actor plays in an event. */
public enum ActorRole {
    SOURCE,
    TARGET,
    OTHER
}
