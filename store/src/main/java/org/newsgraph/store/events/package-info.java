/**
 * Questions about the events of the stored articles, and the stored documents for export: their
 * JSON lines ({@link org.newsgraph.store.events.DocumentLines}) and the corpus-wide actor and story ids
 * they carry ({@link org.newsgraph.store.events.StoredIds}).
 */
@NullMarked
package org.newsgraph.store.events;

import org.jspecify.annotations.NullMarked;
