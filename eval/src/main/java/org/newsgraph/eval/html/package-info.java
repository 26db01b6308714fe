/**
 * Evaluation of main-text extraction from saved article pages: {@link org.newsgraph.eval.html.ExpectedPages}
 * reads a folder's {@code expected.json} (snippets each page's text must and must not contain),
 * {@link org.newsgraph.eval.html.SnippetScorer} scores one extracted page into an
 * {@link org.newsgraph.eval.html.HtmlTally}, {@link org.newsgraph.eval.html.HtmlRun} runs over the folder
 * (extracting the pages itself or reading what {@code extract} wrote, {@link org.newsgraph.eval.html.ExtractedPages})
 * and {@link org.newsgraph.eval.html.HtmlReport} prints the figures.
 */
@NullMarked
package org.newsgraph.eval.html;

import org.jspecify.annotations.NullMarked;
