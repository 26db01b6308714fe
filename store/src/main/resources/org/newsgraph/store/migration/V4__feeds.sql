-- What `newsgraph watch` remembers across restarts: per feed, the validators of the last version
-- fetched (for conditional requests), and every item URL it has handled, stored or not, so that
-- no page is fetched twice. A page that failed for a transient reason (server error, timeout) is
-- not recorded and is tried again on the next poll.
CREATE TABLE feeds (
    feed_url      VARCHAR(2000) NOT NULL PRIMARY KEY,
    etag          VARCHAR(1000),
    last_modified VARCHAR(100),
    polled_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE feed_items (
    item_url   VARCHAR(2000) NOT NULL PRIMARY KEY,
    feed_url   VARCHAR(2000) NOT NULL,
    outcome    VARCHAR(1000) NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
