package org.newsgraph.pipeline.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How aliases are compared. The folded key: Unicode-compatibility folded, lower case, hyphens,
 * underscores and runs of white space as one space, a leading "the " dropped: "Kim Jong-un", "Kim
 * Jong Un" and "KIM JONG UN" share one; "the Kremlin" and "Kremlin" another. The exact key keeps
 * case and articles (only spacing and hyphens are folded) and is looked up first, so that the
 * common spelling's prior ("United States": United_States 0.98) is not outvoted by a rare one
 * ("The United states": a rugby team, 1.0) that folds to the same key.
 */
final class AliasKey {

    private AliasKey() {
    }

    /** Marks exact keys apart from folded ones in one index. */
    static final char EXACT = '\u0001';

    /** The folded key of {@code alias}; empty when nothing is left. */
    static String of(String alias) {
        return key(Normalizer.normalize(alias, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), true);
    }

    /** The exact key of {@code alias}; empty when nothing is left. */
    static String exact(String alias) {
        String key = key(Normalizer.normalize(alias, Normalizer.Form.NFKC), false);
        return key.isEmpty() ? key : EXACT + key;
    }

    private static String key(String folded, boolean dropThe) {
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                space = key.length() > 0;
                continue;
            }
            if (c == '\u2019') {
                c = '\'';
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c);
        }
        if (dropThe && key.length() > 4 && key.substring(0, 4).equals("the ")) {
            key.delete(0, 4);
        }
        return key.toString();
    }
}
