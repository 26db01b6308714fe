package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A place where the article reports what a source said, wrote, believes or intends.
 *
 * @param id        document-local id ("a1", ...)
 * @param kind      direct, indirect or mixed
 * @param content   what is attributed
 * @param cue       the words that signal the attribution ("said", "according to"), if any
 * @param source    who it is attributed to, if anyone
 * @param certainty how strongly the article stands behind it
 * @param chain     further sources the source relays, outermost first ("citing KCNA")
 */
public record Attribution(
        String id,
        AttributionKind kind,
        Span content,
        @Nullable Span cue,
        @Nullable Source source,
        Certainty certainty,
        List<Source> chain) {

    public Attribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(certainty, "certainty");
        chain = List.copyOf(chain);
    }
}
