package org.newsgraph.pipeline.event;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * An untyped event mention: one word of the text that names something happening.
 *
 * @param token index of the trigger token in the document
 * @param span  the trigger word in the text
 * @param kind  verb, noun or adjective
 */
public record Trigger(int token, Span span, TriggerKind kind) {

    public Trigger {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (token < 0) {
            throw new IllegalArgumentException("bad trigger token " + token);
        }
    }
}
