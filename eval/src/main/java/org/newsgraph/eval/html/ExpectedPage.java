package org.newsgraph.eval.html;

import java.util.List;
import java.util.Objects;

/**
 * One page of an {@code expected.json}.
 *
 * @param url     the page's URL (the key in {@code expected.json})
 * @param file    its file name in the folder's {@code pages/}
 * @param with    snippets its main text must contain
 * @param without snippets its main text must not contain
 */
public record ExpectedPage(String url, String file, List<String> with, List<String> without) {

    public ExpectedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
