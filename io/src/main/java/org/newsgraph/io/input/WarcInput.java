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

/**
 * The pages of a WARC file: one per HTML page ({@link WarcArticles}), named {@code file: url};
 * records that are not HTML pages are skipped. A page without article text, or an archive that
 * cannot be read, is a {@link PageItem.Failed}. Not thread-safe; close it to release the file.
 */
final class WarcInput implements Iterator<PageItem>, Closeable {

    private final String name;
    private final WarcArticles pages;
    private boolean broken;
    /** The archive's read error, until it is returned. */
    private PageItem.@Nullable Failed failure;

    private WarcInput(String name, WarcArticles pages) {
        this.name = name;
        this.pages = pages;
    }

    static Iterator<PageItem> read(Path file, String name, ReadOptions options) {
        try {
            return new WarcInput(name, WarcArticles.open(file, options.maxBytes()));
        } catch (IOException e) {
            return List.<PageItem>of(new PageItem.Failed(name, InputFiles.reason(e))).iterator();
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
            failure = new PageItem.Failed(name, String.valueOf(e.getMessage()));
            return true;
        }
    }

    @Override
    public PageItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PageItem.Failed reported = failure;
        if (reported != null) {
            failure = null;
            return reported;
        }
        WarcArticles.Page page = pages.next();
        // A record that cannot be parsed has no URL: it is named by its file alone.
        String itemName = page.url().equals(WarcArticles.MALFORMED) ? name : name + ": " + page.url();
        return page.extracted() == null ? new PageItem.Failed(itemName, String.valueOf(page.problem()))
                : new PageItem.Extracted(itemName, page.extracted());
    }

    @Override
    public void close() throws IOException {
        pages.close();
    }
}
