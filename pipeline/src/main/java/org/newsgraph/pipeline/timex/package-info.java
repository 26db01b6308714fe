/**
 * Time: {@link org.newsgraph.pipeline.timex.TimexNormalizer} resolves temporal expressions against
 * the publication date, correcting SUTime where news language needs it (a bare weekday takes its
 * direction from the tense of its clause; unit nouns and name words are not dates). Thread-safe.
 */
@NullMarked
package org.newsgraph.pipeline.timex;

import org.jspecify.annotations.NullMarked;
