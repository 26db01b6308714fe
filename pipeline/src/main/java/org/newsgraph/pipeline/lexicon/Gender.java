package org.newsgraph.pipeline.lexicon;

import java.util.Locale;

/** The gender a word implies: a pronoun, an honorific ("Mrs."), a given name. */
public enum Gender {
    MALE,
    FEMALE,
    /** A word that implies none ("Dr.", "Prof."), or a person whose gender nothing has told yet. */
    UNKNOWN;

    /** True unless both genders are known and differ. */
    public boolean fits(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /**
     * The gender a lexicon file names, in any case ("male", "FEMALE", "unknown").
     *
     * @throws IllegalArgumentException naming the value if it is none of the three
     */
    public static Gender of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a gender (male, female, unknown): \"" + name + "\"", e);
        }
    }
}
