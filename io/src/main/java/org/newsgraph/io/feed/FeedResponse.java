package org.newsgraph.io.feed;

import java.util.List;
import java.util.Objects;

/** What a poll of a feed gave: its items, or word that nothing changed since the last poll. */
public sealed interface FeedResponse permits FeedResponse.Fetched, FeedResponse.NotModified {

    /**
     * The feed as served.
     *
     * @param items      its entries with a link, in feed order
     * @param validators what to send next time for a conditional request
     */
    record Fetched(List<FeedItem> items, Validators validators) implements FeedResponse {
        public Fetched {
            items = List.copyOf(items);
            Objects.requireNonNull(validators, "validators");
        }
    }

    /** HTTP 304: the feed has not changed since the version the validators name. */
    record NotModified() implements FeedResponse {
    }
}
