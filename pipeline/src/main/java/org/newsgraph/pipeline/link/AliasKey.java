package org.newsgraph.pipeline.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How aliases are compared: Unicode-compatibility folded, lower case, hyphens, underscores and runs
 * of white space as one space, a leading "the " dropped. "Kim Jong-un", "Kim Jong Un" and
 * "KIM JONG UN" share one key; "the Kremlin" and "Kremlin" share another.
 */
final class AliasKey {

    private AliasKey() {
    }

    /** The key of {@code alias}; empty when nothing is left. */
    static String of(String alias) {
        String folded = Normalizer.normalize(alias, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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
        if (key.length() > 4 && key.substring(0, 4).equals("the ")) {
            key.delete(0, 4);
        }
        return key.toString();
    }
}
