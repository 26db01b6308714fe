package org.newsgraph.store.questions;

import java.util.List;
import java.util.Objects;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.actors.Quote;
import org.newsgraph.store.dedup.ArticleSummary;

/**
 * What a search across the store found.
 *
 * @param query    the words searched for
 * @param actors   actors whose names match, most mentioned first
 * @param articles articles whose title, id or outlet contain the words, newest first
 * @param quotes   quotes whose words contain the search words or whose speaker is the best matching
 *                 actor; newest first
 */
public record SearchResults(String query, List<ActorSummary> actors, List<ArticleSummary> articles,
        List<Quote> quotes) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        actors = List.copyOf(actors);
        articles = List.copyOf(articles);
        quotes = List.copyOf(quotes);
    }
}
