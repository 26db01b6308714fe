package org.newsgraph.cli.analysis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;

/** What the analysis step made of one {@link Pending} input, ready for the output or the store. */
public sealed interface Analysed permits Analysed.Document, Analysed.Skipped, Analysed.Failed {

    String name();

    /** @param millis how long the analysis took */
    record Document(String name, Doc doc, long millis) implements Analysed {
        public Document {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(doc, "doc");
        }
    }

    /** Already stored with this text: not analysed. */
    record Skipped(String name) implements Analysed {
        public Skipped {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * @param reason what went wrong, for the user
     * @param cause  the exception behind an unexpected failure, shown with {@code --verbose}
     */
    record Failed(String name, String reason, @Nullable Throwable cause) implements Analysed {
        public Failed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
