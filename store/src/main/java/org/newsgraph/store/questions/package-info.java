/**
 * The questions that the server's pages and API and the command line's reading commands ask of the
 * article store: article search and paging, actors, profiles, events, stories, conflicts and claims,
 * quotes, and the search across articles, actors and quotes. The one place where a typed actor name
 * becomes an actor (the best match, else {@link org.newsgraph.store.questions.UnknownActorException}).
 * Independent of HTTP and of picocli: routes and commands turn parameters into calls here and answers
 * into JSON, HTML or tables.
 */
@NullMarked
package org.newsgraph.store.questions;

import org.jspecify.annotations.NullMarked;
