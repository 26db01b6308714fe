package org.newsgraph.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who an attribution is attributed to.
 *
 * @param span   the words that name the source, if any
 * @param entity id of the resolved entity, if resolved
 * @param kind   person, organisation, media, document, anonymous or unknown
 */
public record Source(@Nullable Span span, @Nullable String entity, SourceKind kind) {

    public Source {
        Objects.requireNonNull(kind, "kind");
    }
}
