/**
 * Corpus-wide actors: the entities of many articles linked, as they are stored, to the person,
 * organisation or place behind them by type and normalised name key ({@link
 * org.newsgraph.store.actors.NameKey}), people named by surname alone linked through an index of
 * surnames when their context makes it unambiguous ({@code SurnameResolver}),
 * analysts' merges and splits, and the questions asked of them ({@link
 * org.newsgraph.store.actors.ActorIndex}).
 */
@NullMarked
package org.newsgraph.store.actors;

import org.jspecify.annotations.NullMarked;
