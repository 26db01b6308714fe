package org.newsgraph.io.warc;

/**
 * What a pass over a WARC file found.
 *
 * @param pages   HTML responses with status 200: the pages articles are extracted from
 * @param skipped every other record (requests, metadata, redirects, errors, images, scripts...)
 */
public record WarcCounts(int pages, int skipped) {

    public WarcCounts {
        if (pages < 0 || skipped < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
