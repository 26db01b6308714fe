package org.newsgraph.store.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The blocking key of a name: its letters and digits in lower case, accents dropped, everything
 * else (spaces, hyphens, dots, apostrophes) removed. Transliteration variants that differ only in
 * those ("Kim Jong Un", "Kim Jong-un", "KIM JONG UN") share a key; different full names do not.
 */
public final class NameKey {

    private NameKey() {
    }

    /** The key of {@code name}; empty if it holds no letter or digit. */
    public static String of(String name) {
        Objects.requireNonNull(name, "name");
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
