/**
 * HTML article pages into articles: {@link org.newsgraph.io.html.HtmlArticleExtractor} finds a
 * page's main text (without navigation, comments, share bars, cookie banners and other boilerplate)
 * and its metadata (title, byline, publication date, publisher, canonical URL, language) with jsoup;
 * {@link org.newsgraph.io.html.PageFetcher} downloads pages over HTTP(S) with timeouts, a size
 * limit and clear failure reasons.
 */
@NullMarked
package org.newsgraph.io.html;

import org.jspecify.annotations.NullMarked;
