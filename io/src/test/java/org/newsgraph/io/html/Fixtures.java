package org.newsgraph.io.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The HTML pages under src/test/resources/html. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] page(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
