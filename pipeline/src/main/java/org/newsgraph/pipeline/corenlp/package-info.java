/**
 * The adapter to Stanford CoreNLP: the only code in newsgraph that imports {@code edu.stanford}.
 * It runs CoreNLP's tokenizer, sentence splitter, tagger, lemmatiser, NER, SUTime and dependency
 * parser, and converts the result into newsgraph's records; nothing of CoreNLP leaks out.
 */
@NullMarked
package org.newsgraph.pipeline.corenlp;

import org.jspecify.annotations.NullMarked;
