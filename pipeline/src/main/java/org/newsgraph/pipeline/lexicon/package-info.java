/**
 * Word lists that newsgraph's rules consult: seats of power, regions, titles, honorifics, nominal
 * heads of vehicles, weapons and facilities, event-name heads, country names and demonyms. Loaded
 * once per process from resources (ours, and CoreNLP's gazetteers through the adapter); read-only.
 * What a word implies is typed: {@link org.newsgraph.pipeline.lexicon.Gender} (honorifics, given
 * names), {@link org.newsgraph.pipeline.lexicon.PlaceKind} (place names).
 */
@NullMarked
package org.newsgraph.pipeline.lexicon;

import org.jspecify.annotations.NullMarked;
