package org.newsgraph.io.html;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page as downloaded.
 *
 * @param uri         where it was found, after redirects
 * @param body        its bytes, undecoded
 * @param charset     the charset the server named in Content-Type, if any (and if Java knows it)
 * @param contentType the media type, e.g. {@code text/html}; empty if the server sent none
 */
public record FetchedPage(URI uri, byte[] body, @Nullable String charset, String contentType) {

    public FetchedPage {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
    }
}
