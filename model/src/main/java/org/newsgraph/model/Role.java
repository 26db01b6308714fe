package org.newsgraph.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A title or affiliation the text gives an entity: "spokesperson" of the Kremlin.
 *
 * @param title    the title as normalised text, e.g. "Foreign Minister"
 * @param of       id of the entity the title is held in (organisation, state), if stated
 * @param evidence the words that state it
 */
public record Role(String title, @Nullable String of, Span evidence) {

    public Role {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
        if (title.isBlank()) {
            throw new IllegalArgumentException("blank role title");
        }
    }
}
