/**
 * The analyst's pages, rendered on the server as HTML: search, article, actor and analyze. Pages are
 * built as jsoup element trees, so every piece of article text and every attribute is escaped by
 * jsoup when the page is written; no article content is ever inserted as markup. The pages carry no
 * script, and the server's Content-Security-Policy forbids any.
 */
@NullMarked
package org.newsgraph.server.pages;

import org.jspecify.annotations.NullMarked;
