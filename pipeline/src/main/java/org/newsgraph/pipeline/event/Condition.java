package org.newsgraph.pipeline.event;

import java.util.Locale;

/** A syntactic condition a lexicon entry puts on its trigger (see plover-triggers.tsv). */
enum Condition {
    /** A place, organisation or person as destination: "to/in/at X", or the object. */
    DEST,
    /** A direct object. */
    OBJ,
    /** No direct object. */
    NOOBJ,
    /** An "on/against/at/into X" oblique or modifier. */
    TARGET,
    /** No such oblique or modifier. */
    NOTARGET,
    /** An infinitive or clausal complement. */
    XCOMP,
    /** An active subject ("X alleged", not "X is alleged to"). */
    ACTIVE,
    /** The object (or the "of" of a noun) is a person. */
    CAPTIVE,
    /** The object is an event entity or a meeting noun. */
    MEETING,
    /** The object is troops, forces or weapons. */
    MILITARY,
    /** The object is a road, bridge or crossing ("blocked highways"). */
    ROAD,
    /**
     * One party alone makes it ("a unilateral ceasefire", "Russia declared a ceasefire"), not parties
     * between them ("the truce between Israel and Hamas", "Israel and Hamas declared a truce").
     */
    UNILATERAL;

    static Condition parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
