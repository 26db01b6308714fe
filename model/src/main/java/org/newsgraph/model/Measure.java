package org.newsgraph.model;

import java.util.Objects;

/**
 * A numeric value in a unit, e.g. 59.5 km/h.
 *
 * @param value the number
 * @param unit  the unit symbol
 */
public record Measure(double value, String unit) {

    public Measure {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("measure value is not finite: " + value);
        }
    }
}
