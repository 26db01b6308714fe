package org.newsgraph.eval.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.newsgraph.eval.run.CorpusRun;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.language.LanguageGate;

/**
 * The run of {@code newsgraph eval html DIR}: each page of {@code expected.json} is read from
 * {@code DIR/pages/}, its main text extracted ({@link HtmlArticleExtractor}, or taken from what
 * {@code extract} wrote, matched by the file name without extension; a page without a line has no
 * text) and scored by {@link SnippetScorer}, over all pages and over the English ones (pages whose
 * visible text the pipeline's {@link LanguageGate} takes for English; the page's own lang attribute is
 * often a template default). A page that cannot be read counts as a page with nothing extracted (its
 * wanted snippets missed) among all pages. Not thread-safe; one per run.
 */
public final class HtmlRun {

    /** Progress is reported every this many pages. */
    private static final int PROGRESS_EVERY = 100;

    private static final HtmlArticle NOTHING = new HtmlArticle(new Article("missing", "", null, null, null, null),
            null, null, null);

    /**
     * The scores of one run.
     *
     * @param all     over every page
     * @param english over the English pages
     * @param failed  pages that could not be read
     */
    public record Scores(HtmlTally all, HtmlTally english, int failed) {
        public Scores {
            Objects.requireNonNull(all, "all");
            Objects.requireNonNull(english, "english");
        }
    }

    /** A page and its number in the file, from 1. */
    private record Numbered(int number, ExpectedPage page) {
    }

    /** What the run makes of a page: its extraction and whether it is English. */
    private record Read(HtmlArticle extracted, boolean english) {
    }

    private final Path directory;
    private final @Nullable Map<String, HtmlArticle> extracted;
    private final Consumer<String> misses;
    private final PrintWriter progress;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final LanguageGate language = new LanguageGate();

    /**
     * @param directory the folder with {@code pages/}
     * @param extracted the pages {@code extract} wrote by id ({@link ExtractedPages}), or null to extract them
     * @param misses    takes, for each page with a missing or unwanted snippet, its URL and file and then
     *                  one line per snippet
     * @param progress  where progress and unreadable pages are reported
     */
    public HtmlRun(Path directory, @Nullable Map<String, HtmlArticle> extracted, Consumer<String> misses,
            PrintWriter progress) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.extracted = extracted == null ? null : Map.copyOf(extracted);
        this.misses = Objects.requireNonNull(misses, "misses");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Scores {@code pages}, in order. */
    public Scores run(List<ExpectedPage> pages) {
        List<Numbered> numbered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            numbered.add(new Numbered(i + 1, pages.get(i)));
        }
        HtmlTally[] all = {HtmlTally.ZERO};
        HtmlTally[] english = {HtmlTally.ZERO};
        int failed = CorpusRun.of(this::read, new Progress()).run(numbered, (page, read) -> {
            Read r = read.orElse(new Read(NOTHING, false));
            SnippetScorer.PageScore score = SnippetScorer.score(page.page(), r.extracted());
            if (!score.misses().isEmpty()) {
                misses.accept(page.page().url() + " (" + page.page().file() + ")");
                score.misses().forEach(misses);
            }
            all[0] = all[0].plus(score.tally());
            if (r.english()) {
                english[0] = english[0].plus(score.tally());
            }
        });
        return new Scores(all[0], english[0], failed);
    }

    private Read read(Numbered numbered) {
        ExpectedPage page = numbered.page();
        Path file = directory.resolve("pages").resolve(page.file());
        byte[] html;
        try {
            html = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        HtmlArticle article = extracted == null ? extractor.extract(html, null, page.url(), "page-" + numbered.number())
                : Optional.ofNullable(extracted.get(stem(file))).orElse(NOTHING);
        return new Read(article, isEnglish(html, page.url()));
    }

    private boolean isEnglish(byte[] html, String url) {
        try {
            return language.detect(Jsoup.parse(new ByteArrayInputStream(html), null, url).text()).equals("en");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Unreadable pages, and a line every {@value #PROGRESS_EVERY} pages. */
    private final class Progress implements CorpusRun.Listener<Numbered> {
        @Override
        public void failed(Numbered page, RuntimeException failure) {
            progress.println(failure.getMessage());
        }

        @Override
        public void done(int done, int total) {
            if (done % PROGRESS_EVERY == 0) {
                progress.printf(Locale.ROOT, "newsgraph: %d/%d pages%n", done, total);
                progress.flush();
            }
        }
    }
}
