/**
 * Reading inputs into articles: text files, JSON files, JSON Lines files, directories of them,
 * standard input, and HTML article pages from .html files or http(s) URLs. {@link org.newsgraph.io.input.InputReader} streams {@link org.newsgraph.io.input.InputItem}s
 * lazily, one per article or per input that could not be read; a bad input never stops the others.
 * Text is kept exactly as written (offsets refer to it); only a leading UTF-8 byte order mark is removed.
 * From HTML pages, the text is the extracted main text (see {@link org.newsgraph.io.html}).
 */
@NullMarked
package org.newsgraph.io.input;

import org.jspecify.annotations.NullMarked;
