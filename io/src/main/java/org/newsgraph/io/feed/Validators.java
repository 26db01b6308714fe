package org.newsgraph.io.feed;

import org.jspecify.annotations.Nullable;

/**
 * What a server said about the version of a feed it sent, to ask next time only for a newer one
 * (a conditional request: {@code If-None-Match}, {@code If-Modified-Since}).
 *
 * @param etag         the {@code ETag} response header, if any
 * @param lastModified the {@code Last-Modified} response header, if any
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {

    /** No validators: an unconditional request. */
    public static final Validators NONE = new Validators(null, null);
}
