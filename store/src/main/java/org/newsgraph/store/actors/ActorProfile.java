package org.newsgraph.store.actors;

import java.util.List;
import java.util.Objects;

/**
 * What the store knows about one actor.
 *
 * @param actor    the actor and its counts
 * @param aliases  the names articles give it, most mentioned first
 * @param roles    titles given to it, oldest article first (articles without a date last)
 * @param quotes   what it said: attributions whose source links to it, oldest first
 * @param about    what was said about it: attributions whose words mention it, oldest first
 * @param timeline the articles that mention it, oldest first
 */
public record ActorProfile(ActorSummary actor, List<Alias> aliases, List<RoleStatement> roles, List<Quote> quotes,
        List<Quote> about, List<Appearance> timeline) {

    public ActorProfile {
        Objects.requireNonNull(actor, "actor");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
        about = List.copyOf(about);
        timeline = List.copyOf(timeline);
    }
}
