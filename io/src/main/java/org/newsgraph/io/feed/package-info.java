/**
 * RSS and Atom feeds: {@link org.newsgraph.io.feed.FeedFetcher} downloads and parses a feed (Rome)
 * with conditional requests, {@link org.newsgraph.io.feed.HostPacer} keeps a polite delay between
 * requests to one host, and {@link org.newsgraph.io.feed.Retry} tries again, with back-off, after
 * server errors and timeouts.
 */
@NullMarked
package org.newsgraph.io.feed;

import org.jspecify.annotations.NullMarked;
