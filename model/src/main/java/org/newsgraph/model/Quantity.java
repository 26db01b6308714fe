package org.newsgraph.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number the article states, with its unit and what it measures.
 *
 * @param span        the words that state it ("37 miles per hour")
 * @param kind        measure, money, count or ratio
 * @param value       the number as stated (37)
 * @param unit        the unit as a symbol ("mph", "USD", "%", "times"), if any
 * @param normalized  the value in a metric/SI unit, if the unit converts (59.5 km/h)
 * @param about       entity id or short noun phrase the quantity measures, if found
 * @param approximate true for "about", "thousands of", "more than"...
 */
public record Quantity(
        Span span,
        QuantityKind kind,
        double value,
        @Nullable String unit,
        @Nullable Measure normalized,
        @Nullable String about,
        boolean approximate) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantity value is not finite: " + value);
        }
    }

    public Quantity withAbout(@Nullable String newAbout) {
        return new Quantity(span, kind, value, unit, normalized, newAbout, approximate);
    }
}
