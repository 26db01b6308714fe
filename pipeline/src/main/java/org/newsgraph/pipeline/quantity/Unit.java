package org.newsgraph.pipeline.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Measure;

/**
 * A unit of measure: its symbol, dimension, and the linear map to the dimension's normal unit
 * ({@code normal = (value + offset) * factor}; the offset is zero except for temperature scales).
 *
 * @param symbol    reported symbol ("mph", "km", "°F")
 * @param dimension what it measures
 * @param factor    multiplier to the normal unit
 * @param offset    added before multiplying (-32 for °F)
 */
public record Unit(String symbol, Dimension dimension, double factor, double offset) {

    /** Converted values keep this many significant digits: more than any news figure states. */
    public static final MathContext PRECISION = new MathContext(4);

    public Unit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(dimension, "dimension");
        if (!Double.isFinite(factor) || factor == 0 || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("bad conversion for unit " + symbol + ": " + factor + ", " + offset);
        }
    }

    /** {@code value} in the dimension's normal unit, rounded to 4 significant digits; empty for ratios. */
    public Optional<Measure> normalize(double value) {
        return dimension.normalUnit().map(normal -> new Measure(round((value + offset) * factor), normal));
    }

    /** {@code value} rounded to {@link #PRECISION} significant digits. */
    public static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(PRECISION).doubleValue();
    }
}
