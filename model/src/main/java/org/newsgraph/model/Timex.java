package org.newsgraph.model;

import java.util.Objects;

/**
 * A temporal expression resolved against the publication date.
 *
 * @param span  where it is
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, e.g. "2023-09-10", "2023-W37", "PRESENT_REF", "P3D"
 */
public record Timex(Span span, String type, String value) {

    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
