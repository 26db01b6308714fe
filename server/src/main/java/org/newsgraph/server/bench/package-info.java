/**
 * The server benchmark: every view requested over HTTP a number of times on a filled store, with
 * the median and 95th percentile answer time of each route.
 */
@NullMarked
package org.newsgraph.server.bench;

import org.jspecify.annotations.NullMarked;
