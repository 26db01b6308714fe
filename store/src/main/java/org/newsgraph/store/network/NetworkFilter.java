package org.newsgraph.store.network;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.events.EventFilter;

/**
 * Which part of the actor network a question wants; a null field does not filter.
 *
 * @param kind         only edges of this kind: a PLOVER event type (any case), {@code quotes} or
 *                     {@code mentions}
 * @param actorId      only edges with this actor at one end (its ego network)
 * @param from         only evidence dated on or after this ISO date prefix
 * @param to           only evidence dated on or before it
 * @param minMentioned a {@code mentions} edge needs at least this many articles naming both actors
 */
public record NetworkFilter(@Nullable String kind, @Nullable Long actorId, @Nullable String from, @Nullable String to,
        int minMentioned) {

    /** Edge kind of a quote: its speaker's actor to an actor its content mentions. */
    public static final String QUOTES = "quotes";
    /** Edge kind of two actors named in the same articles (undirected). */
    public static final String MENTIONS = "mentions";

    public NetworkFilter {
        if (minMentioned < 1) {
            throw new IllegalArgumentException("minMentioned must be positive: " + minMentioned);
        }
        if (kind != null) {
            String lower = kind.toLowerCase(Locale.ROOT);
            kind = lower.equals(QUOTES) || lower.equals(MENTIONS) ? lower : kind.toUpperCase(Locale.ROOT);
        }
    }

    /** The whole network, with mentions edges of at least two articles. */
    public static NetworkFilter all() {
        return new NetworkFilter(null, null, null, null, 2);
    }

    boolean wants(String edgeKind) {
        return kind == null || kind.equals(edgeKind);
    }

    boolean inRange(@Nullable String date) {
        return new EventFilter(null, null, from, to, null, 1).inRange(date);
    }
}
