/**
 * Stories: the events of many articles clustered into real-world happenings as each article is
 * stored ({@link org.newsgraph.store.stories.StoryLinker}, blocked through indexed keys and scored on
 * type, actors, time, place and sentence words), and the questions asked of them
 * ({@link org.newsgraph.store.stories.StoryIndex}): which stories the most independent sources carry,
 * and each story's events, articles, wire copies and conflicts. Articles stored before stories existed
 * are linked from their stored document JSON when the store opens (StoryBackfill).
 */
@NullMarked
package org.newsgraph.store.stories;

import org.jspecify.annotations.NullMarked;
