package org.newsgraph.cli;

import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;

/** What became of one input item: an analysed document, or why it failed. */
sealed interface Outcome permits Outcome.Analysed, Outcome.Failed {

    String name();

    /** @param millis how long the analysis took */
    record Analysed(String name, Doc doc, long millis) implements Outcome {
    }

    /**
     * @param reason what went wrong, for the user
     * @param cause  the exception behind an unexpected failure, shown with {@code --verbose}
     */
    record Failed(String name, String reason, @Nullable Throwable cause) implements Outcome {
    }
}
