package org.newsgraph.io.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.warc.WarcArticles;
import org.newsgraph.model.Article;

/**
 * The items of a WARC file: one per HTML page ({@link WarcArticles}), named {@code file: url};
 * records that are not HTML pages are skipped. A page without article text, or an archive that
 * cannot be read, is an {@link InputItem.Failed}.
 */
final class WarcInput implements Iterator<InputItem>, Closeable {

    private final String name;
    private final ReadOptions options;
    private final WarcArticles pages;
    private boolean broken;
    /** The archive's read error, until it is returned. */
    private InputItem.@Nullable Failed failure;

    private WarcInput(String name, ReadOptions options, WarcArticles pages) {
        this.name = name;
        this.options = options;
        this.pages = pages;
    }

    static Iterator<InputItem> read(Path file, String name, ReadOptions options) {
        try {
            return new WarcInput(name, options, WarcArticles.open(file, options.maxBytes()));
        } catch (IOException e) {
            return List.<InputItem>of(new InputItem.Failed(name, InputFiles.reason(e))).iterator();
        }
    }

    @Override
    public boolean hasNext() {
        if (broken) {
            return failure != null;
        }
        try {
            return pages.hasNext();
        } catch (UncheckedIOException e) {
            // A truncated or corrupt archive: report it once, keep what was read before.
            broken = true;
            failure = new InputItem.Failed(name, String.valueOf(e.getMessage()));
            return true;
        }
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem.Failed reported = failure;
        if (reported != null) {
            failure = null;
            return reported;
        }
        WarcArticles.Page page = pages.next();
        // A record that cannot be parsed has no URL: it is named by its file alone.
        String itemName = page.url().equals(WarcArticles.MALFORMED) ? name : name + ": " + page.url();
        Article article = page.article();
        if (article == null) {
            return new InputItem.Failed(itemName, String.valueOf(page.problem()));
        }
        if (article.published() == null && options.defaultPublished() != null) {
            article = article.withPublished(options.defaultPublished());
        }
        return new InputItem.Loaded(itemName, article);
    }

    @Override
    public void close() throws IOException {
        pages.close();
    }
}
