/**
 * Numbers, units and currencies as news text states them: {@link org.newsgraph.pipeline.quantity.NumberParser}
 * reads digits and number words ("1,200", "twenty-five", "1.5 million", "3bn", "thousands"),
 * {@link org.newsgraph.pipeline.quantity.QuantityLexicon} holds the unit, currency and comparison word
 * lists (TSV resources beside this package), {@link org.newsgraph.pipeline.quantity.QuantityFinder} finds
 * quantities in a parsed sentence and {@link org.newsgraph.pipeline.quantity.AboutFinder} works out from
 * the dependency parse what each one measures. Every {@link org.newsgraph.pipeline.quantity.Dimension}
 * has one normal metric unit, to which measures are converted. All types are immutable and thread-safe.
 */
@NullMarked
package org.newsgraph.pipeline.quantity;

import org.jspecify.annotations.NullMarked;
