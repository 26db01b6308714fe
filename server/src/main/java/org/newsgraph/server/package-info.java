/**
 * The newsgraph web server: the analyst's pages and the REST API over an article store, on Javalin.
 * {@link org.newsgraph.server.NewsgraphServer#start} starts it; routes are registered by
 * {@code api.ApiRoutes} and {@code pages.PageRoutes}, and {@link org.newsgraph.server.ErrorMapping}
 * is the one place where exceptions become status codes and error bodies.
 */
@NullMarked
package org.newsgraph.server;

import org.jspecify.annotations.NullMarked;
