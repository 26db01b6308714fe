package org.newsgraph.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An article with everything the pipeline has found in it so far. Immutable: each stage returns
 * a new {@code Doc} through the {@code withX} methods, which also record the facet provided.
 *
 * @param article       the input article
 * @param language      ISO 639-1 code of the text's language, once detected
 * @param tokens        tokens in text order
 * @param sentences     sentences in text order
 * @param namedMentions named-entity mentions as the base recogniser found them
 * @param rawTimexes    temporal expressions as the base recogniser resolved them
 * @param mentions      corrected mentions (names, nominals), in text order
 * @param entities      entities in order of first mention
 * @param timexes       temporal expressions resolved against the publication date
 * @param quantities    numbers with units
 * @param attributions  who said what
 * @param events        typed events
 * @param facets        what has been provided so far
 */
public record Doc(
        Article article,
        @Nullable String language,
        List<Token> tokens,
        List<Sentence> sentences,
        List<Mention> namedMentions,
        List<Timex> rawTimexes,
        List<Mention> mentions,
        List<Entity> entities,
        List<Timex> timexes,
        List<Quantity> quantities,
        List<Attribution> attributions,
        List<Event> events,
        Set<Facet> facets) {

    public Doc {
        Objects.requireNonNull(article, "article");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        namedMentions = List.copyOf(namedMentions);
        rawTimexes = List.copyOf(rawTimexes);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quantities = List.copyOf(quantities);
        attributions = List.copyOf(attributions);
        events = List.copyOf(events);
        facets = facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
    }

    /** A document with nothing analysed yet. */
    public static Doc of(Article article) {
        return new Doc(article, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Set.of());
    }

    public String text() {
        return article.text();
    }

    public String id() {
        return article.id();
    }

    public boolean has(Facet facet) {
        return facets.contains(facet);
    }

    /** The span of the text from token {@code first} to token {@code end} (exclusive). */
    public Span span(int first, int end) {
        return Span.of(text(), tokens.get(first).start(), tokens.get(end - 1).end());
    }

    public Optional<Entity> findEntity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Entity> findEntityAt(int token) {
        return entities.stream().filter(e -> e.hasMentionAt(token)).findFirst();
    }

    public Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    private Set<Facet> plus(Facet... added) {
        EnumSet<Facet> all = facets.isEmpty() ? EnumSet.noneOf(Facet.class) : EnumSet.copyOf(facets);
        all.addAll(List.of(added));
        return all;
    }

    public Doc withLanguage(String lang) {
        return new Doc(article, lang, tokens, sentences, namedMentions, rawTimexes, mentions, entities, timexes,
                quantities, attributions, events, plus(Facet.LANGUAGE));
    }

    public Doc withArticle(Article newArticle) {
        return new Doc(newArticle, language, tokens, sentences, namedMentions, rawTimexes, mentions, entities,
                timexes, quantities, attributions, events, facets);
    }

    /** The base analysis: tokens, sentences, named mentions and raw temporal expressions. */
    public Doc withAnalysis(List<Token> newTokens, List<Sentence> newSentences, List<Mention> newNamed,
            List<Timex> newRawTimexes) {
        return new Doc(article, language, newTokens, newSentences, newNamed, newRawTimexes, mentions, entities,
                timexes, quantities, attributions, events,
                plus(Facet.TOKENS, Facet.SENTENCES, Facet.NAMED_MENTIONS, Facet.RAW_TIMEXES));
    }

    public Doc withMentions(List<Mention> newMentions) {
        return new Doc(article, language, tokens, sentences, namedMentions, rawTimexes, newMentions, entities,
                timexes, quantities, attributions, events, plus(Facet.MENTIONS));
    }

    public Doc withEntities(List<Entity> newEntities) {
        return new Doc(article, language, tokens, sentences, namedMentions, rawTimexes, mentions, newEntities,
                timexes, quantities, attributions, events, plus(Facet.ENTITIES));
    }

    /** Entities with their Wikipedia links filled in. */
    public Doc withLinks(List<Entity> linkedEntities) {
        return new Doc(article, language, tokens, sentences, namedMentions, rawTimexes, mentions,
                linkedEntities, timexes, quantities, attributions, events, plus(Facet.LINKS));
    }

    /** Entities with their roles filled in. */
    public Doc withRoles(List<Entity> entitiesWithRoles) {
        return new Doc(article, language, tokens, sentences, namedMentions, rawTimexes, mentions,
                entitiesWithRoles, timexes, quantities, attributions, events, plus(Facet.ROLES));
    }

    public Doc withTimexes(List<Timex> newTimexes) {
        return new Doc(article, language, tokens, sentences, namedMentions, rawTimexes, mentions, entities,
                newTimexes, quantities, attributions, events, plus(Facet.TIMEXES));
    }

    public Doc withQuantities(List<Quantity> newQuantities) {
        return new Doc(article, language, tokens, sentences, namedMentions, rawTimexes, mentions, entities,
                timexes, newQuantities, attributions, events, plus(Facet.QUANTITIES));
    }

    public Doc withAttributions(List<Attribution> newAttributions) {
        return new Doc(article, language, tokens, sentences, namedMentions, rawTimexes, mentions, entities,
                timexes, quantities, newAttributions, events, plus(Facet.ATTRIBUTIONS));
    }

    public Doc withEvents(List<Event> newEvents) {
        return new Doc(article, language, tokens, sentences, namedMentions, rawTimexes, mentions, entities,
                timexes, quantities, attributions, newEvents, plus(Facet.EVENTS));
    }
}
