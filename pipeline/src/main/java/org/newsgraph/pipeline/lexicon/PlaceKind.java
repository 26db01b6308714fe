package org.newsgraph.pipeline.lexicon;

/** What kind of place a known place name names, as the gazetteers label it. */
public enum PlaceKind {
    COUNTRY,
    STATE_OR_PROVINCE,
    CITY
}
