package org.newsgraph.io.input;

import java.util.Optional;

/**
 * The headline a plain-text article opens with, if it opens with one: a first line of at most
 * {@value #MAX_WORDS} words and {@value #MAX_CHARS} characters that does not end in a full stop
 * (nor a comma, colon or semicolon) and is followed by a line break and more text. A first line
 * that is a sentence of the body ("He said so.") is no headline. Stateless.
 */
final class Headline {

    static final int MAX_WORDS = 20;
    static final int MAX_CHARS = 200;

    private Headline() {
    }

    /** The headline of {@code text}, stripped, or empty. */
    static Optional<String> find(String text) {
        String body = text.stripLeading();
        int end = body.indexOf('\n');
        if (end < 0 || body.substring(end).isBlank()) {
            return Optional.empty();
        }
        String line = body.substring(0, end).strip();
        if (line.isEmpty() || line.length() > MAX_CHARS || line.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' && !line.endsWith("...") || last == ',' || last == ':' || last == ';') {
            return Optional.empty();
        }
        return Optional.of(line);
    }
}
