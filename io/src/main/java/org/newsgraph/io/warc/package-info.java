/**
 * Web archives into articles: {@link org.newsgraph.io.warc.WarcArticles} reads the response records
 * of a WARC file (plain or gzip-compressed, e.g. Common Crawl's CC-NEWS) with jwarc and extracts the
 * article of every HTML page served with status 200, counting the records it skips.
 */
@NullMarked
package org.newsgraph.io.warc;

import org.jspecify.annotations.NullMarked;
