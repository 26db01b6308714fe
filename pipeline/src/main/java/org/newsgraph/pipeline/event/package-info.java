/**
 * Events: who did what to whom, where, when, and how sure the article is. {@link
 * org.newsgraph.pipeline.event.TriggerFinder} finds every eventive word (verbs, event nouns, state
 * adjectives) as an untyped trigger mention, the broad detector that trigger evaluation (ECB+) and
 * cross-document event work use; {@link org.newsgraph.pipeline.event.EventExtractor} keeps the triggers
 * its PLOVER lexicon types and builds precise {@link org.newsgraph.model.Event}s with actors (and the
 * state or organisation a person acts for), place, time, status and the attribution they rest on.
 */
@NullMarked
package org.newsgraph.pipeline.event;

import org.jspecify.annotations.NullMarked;
