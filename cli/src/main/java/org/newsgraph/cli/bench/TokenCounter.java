package org.newsgraph.cli.bench;

/**
 * An analyser under measurement: it analyses one document fully and says how many tokens it
 * found. Must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface TokenCounter {

    /**
     * Analyses one document.
     *
     * @return the number of tokens
     * @throws RuntimeException if the analyser fails or rejects the document (counted as a failure)
     */
    int analyse(Corpus.Document document);
}
