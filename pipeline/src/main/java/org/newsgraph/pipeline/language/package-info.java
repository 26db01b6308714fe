/**
 * Language: {@link org.newsgraph.pipeline.language.LanguageGate} identifies the language of a text
 * and rejects text that is not English, since the models above it are English-only. Thread-safe.
 */
@NullMarked
package org.newsgraph.pipeline.language;

import org.jspecify.annotations.NullMarked;
