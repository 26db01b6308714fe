package org.newsgraph.io.feed;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a feed.
 *
 * @param url       the article page it links to
 * @param title     its title, if it has one
 * @param published when it was published (ISO-8601 instant), if the feed says
 */
public record FeedItem(String url, @Nullable String title, @Nullable String published) {

    public FeedItem {
        Objects.requireNonNull(url, "url");
    }
}
