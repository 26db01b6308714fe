package org.newsgraph.pipeline.quantity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a unit measures, with the one metric unit every measure of that dimension is converted to.
 * Chosen for news readers rather than strict SI: speed in km/h (as road signs and weather reports
 * give it) and volume in litres; everything else in the SI base or derived unit, so 5 km is 5000 m
 * and 2 acres are 8094 m².
 */
public enum Dimension {
    LENGTH("m"),
    SPEED("km/h"),
    MASS("kg"),
    AREA("m²"),
    VOLUME("L"),
    VOLUME_RATE("L/d"),
    TEMPERATURE("°C"),
    POWER("W"),
    ENERGY("Wh"),
    /** Percentages and percentage points: a ratio, not a measure, with no unit to convert to. */
    RATIO(null);

    private final @Nullable String normalUnit;

    Dimension(@Nullable String normalUnit) {
        this.normalUnit = normalUnit;
    }

    /** The metric unit measures of this dimension are converted to; empty for {@link #RATIO}. */
    public Optional<String> normalUnit() {
        return Optional.ofNullable(normalUnit);
    }
}
