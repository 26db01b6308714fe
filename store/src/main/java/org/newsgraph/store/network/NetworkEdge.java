package org.newsgraph.store.network;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edge of the network: all the evidence of one kind between two actors.
 *
 * @param source     the source actor's id (for {@code mentions}, the smaller id)
 * @param target     the target actor's id
 * @param kind       a PLOVER event type, {@link NetworkFilter#QUOTES} or {@link NetworkFilter#MENTIONS}
 * @param count      events, quotes, or (for mentions) articles
 * @param firstDate  the earliest dated evidence, if any is dated
 * @param lastDate   the latest
 * @param articleIds the evidence articles, sorted
 */
public record NetworkEdge(long source, long target, String kind, int count, @Nullable String firstDate,
        @Nullable String lastDate, List<String> articleIds) {

    public NetworkEdge {
        Objects.requireNonNull(kind, "kind");
        articleIds = List.copyOf(articleIds);
    }

    /** Whether the edge has a direction: events and quotes do, mentions do not. */
    public boolean directed() {
        return !kind.equals(NetworkFilter.MENTIONS);
    }
}
