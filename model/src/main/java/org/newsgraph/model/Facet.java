package org.newsgraph.model;

/**
 * What a pipeline stage needs or adds to a {@link Doc}. Stages declare facets so that a pipeline
 * can check, when it is built, that every stage's needs are met by an earlier one.
 */
public enum Facet {
    /** The language of the text. */
    LANGUAGE,
    /** Tokens with offsets, part-of-speech tags, lemmas and base NER labels. */
    TOKENS,
    /** Sentences with dependency parses. */
    SENTENCES,
    /** Named-entity mentions as the base recogniser found them. */
    NAMED_MENTIONS,
    /** Temporal expressions as the base recogniser resolved them. */
    RAW_TIMEXES,
    /** Mentions after news-specific corrections, with nominal mentions of vehicles, weapons, facilities. */
    MENTIONS,
    /** Mentions consolidated into entities. */
    ENTITIES,
    /** Titles and affiliations attached to entities. */
    ROLES,
    /** Wikipedia links of entities (entities the linker is unsure of stay unlinked). */
    LINKS,
    /** Temporal expressions resolved against the publication date. */
    TIMEXES,
    /** Numbers with units. */
    QUANTITIES,
    /** Who said what. */
    ATTRIBUTIONS,
    /** Typed events. */
    EVENTS
}
