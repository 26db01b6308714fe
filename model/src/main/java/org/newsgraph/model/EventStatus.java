package org.newsgraph.model;

/** Whether an event happened, is happening, is planned, or is only claimed, denied or supposed. */
public enum EventStatus {
    OCCURRED,
    ONGOING,
    PLANNED,
    ALLEGED,
    DENIED,
    HYPOTHETICAL
}
