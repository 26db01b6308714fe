package org.newsgraph.model;

/** What kind of source an attribution names. */
public enum SourceKind {
    PERSON,
    ORGANIZATION,
    MEDIA,
    DOCUMENT,
    ANONYMOUS,
    UNKNOWN
}
