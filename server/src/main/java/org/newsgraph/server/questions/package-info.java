/**
 * The questions the pages and the API ask of the article store: article search and paging, actors,
 * profiles, events, quotes, and the search across articles, actors and quotes. Independent of HTTP:
 * the routes turn parameters into calls here and answers into JSON or HTML.
 */
@NullMarked
package org.newsgraph.server.questions;

import org.jspecify.annotations.NullMarked;
