/**
 * Pictures drawn on the server as inline SVG: the actor network (laid out by a deterministic
 * force-directed layout) and the timeline of events per day by type. Each picture is a jsoup
 * element tree with presentation attributes only (no script, no inline style), so the pages keep
 * their Content-Security-Policy; every picture carries a title and a description, and the pages
 * give its data as a table as well.
 */
@NullMarked
package org.newsgraph.server.pictures;

import org.jspecify.annotations.NullMarked;
