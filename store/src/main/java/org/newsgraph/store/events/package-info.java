/** Questions about the events of the stored articles, and the stored documents for export. */
@NullMarked
package org.newsgraph.store.events;

import org.jspecify.annotations.NullMarked;
