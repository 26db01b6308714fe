/**
 * Attribution: who said, wrote, believes or intends what, according to the article. Direct quotes
 * are found in the text; cues (reporting verbs and nouns, "according to", "as per", hedging
 * adverbs, credits) are found in the dependency parse; sources are resolved to entities.
 */
@NullMarked
package org.newsgraph.pipeline.attribution;

import org.jspecify.annotations.NullMarked;
