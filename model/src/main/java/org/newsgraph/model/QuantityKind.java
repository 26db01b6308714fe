package org.newsgraph.model;

/** What kind of quantity a number expresses. */
public enum QuantityKind {
    /** A physical measurement with a unit: 37 miles per hour. */
    MEASURE,
    /** An amount of money: $5 billion. */
    MONEY,
    /** A number of things: thousands of troops. */
    COUNT,
    /** A ratio or multiplier: a thousand times heavier, 40 percent. */
    RATIO
}
