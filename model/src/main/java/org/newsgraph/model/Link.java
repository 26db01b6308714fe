package org.newsgraph.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An entity's identity in English Wikipedia: the id an analyst joins on.
 *
 * @param title Wikipedia page title with underscores for spaces, e.g. {@code Moscow_Kremlin}
 * @param score how sure the linker is, in [0, 1]
 */
public record Link(String title, double score) {

    public Link {
        Objects.requireNonNull(title, "title");
        if (title.isBlank() || title.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("a Wikipedia title has no spaces and is not blank: '" + title + "'");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("link score outside [0, 1]: " + score);
        }
    }

    /** The page's address, e.g. {@code https://en.wikipedia.org/wiki/Moscow_Kremlin}. */
    public String url() {
        return "https://en.wikipedia.org/wiki/" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                .replace("%2F", "/").replace("%3A", ":").replace("%28", "(").replace("%29", ")")
                .replace("%2C", ",").replace("%27", "'");
    }
}
