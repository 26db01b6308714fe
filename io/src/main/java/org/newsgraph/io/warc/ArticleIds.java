package org.newsgraph.io.warc;

import java.net.URI;
import java.util.Locale;

/**
 * Article ids for pages named by URL: the host and path without the scheme, query, fragment or
 * trailing slash ({@code https://www.example.com/news/storm.html?ref=rss} gives
 * {@code www.example.com/news/storm.html}), so that two sites' {@code index.html} never share an
 * id and the same page read twice gets the same id.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The id of the page at {@code url}; the URL itself if it has no host. */
    public static String of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return url.strip();
        }
        if (uri.getHost() == null) {
            return url.strip();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return uri.getHost().toLowerCase(Locale.ROOT) + path;
    }
}
