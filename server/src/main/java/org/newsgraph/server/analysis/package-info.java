/**
 * Analysis on request, nothing stored: text, an HTML page or a URL becomes an article, and the
 * analyser, loaded on the first request and then shared, turns it into a document.
 */
@NullMarked
package org.newsgraph.server.analysis;

import org.jspecify.annotations.NullMarked;
