package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.pipeline.stages.LanguageGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval html DIR}: extracts the main text of saved article pages and checks it
 * against snippets it must and must not contain. Scores go to standard output, progress and pages
 * that cannot be read to standard error. Exit codes: 0, 1 if some pages could not be read, 2 for a
 * folder without {@code expected.json}.
 */
@Command(name = "html",
        mixinStandardHelpOptions = true,
        description = {
            "Scores newsgraph's HTML article extraction (main text, title, date) against a folder of saved "
                    + "pages: DIR/expected.json maps each page's URL to {\"file\", \"with\": [...], "
                    + "\"without\": [...]}, the pages are DIR/pages/<file>.",
            "",
            "Snippets: a 'with' snippet found in the extracted text is a true positive, one missing a false "
                    + "negative; a 'without' snippet found is a false positive. Whitespace is normalised "
                    + "on both sides; matching is otherwise exact.",
            "English: pages whose visible text the language detector of the pipeline's language gate "
                    + "takes for English (the page's own lang attribute is often a template default).",
            "Title and date: the share of pages for which a title, and a publication date, was found.",
            ""})
public final class EvalHtmlCommand implements Callable<Integer> {

    /** How the scores are printed. */
    enum Format { text, json }

    /** Snippet counts and found metadata over a set of pages. */
    record Tally(int pages, int truePositives, int falseNegatives, int falsePositives, int titles, int dates) {

        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(pages + o.pages, truePositives + o.truePositives, falseNegatives + o.falseNegatives,
                    falsePositives + o.falsePositives, titles + o.titles, dates + o.dates);
        }

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double share(int count) {
            return pages == 0 ? 0 : (double) count / pages;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with expected.json and pages/.")
    private Path directory;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N pages.")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = "--misses", description = "List each page's missing and unwanted snippets.")
    private boolean misses;

    @Option(names = "--extracted", paramLabel = "FILE",
            description = "Score the JSON lines `extract DIR/pages` wrote (matched by id, the page's file name "
                    + "without extension; a page without a line has no text) instead of extracting the pages.")
    private Path extractedFile;

    @Override
    public Integer call() {
        Path expectedFile = directory.resolve("expected.json");
        if (!Files.isRegularFile(expectedFile)) {
            throw new UsageException("no expected.json in " + directory);
        }
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1: " + limit);
        }
        JsonNode expected;
        try {
            expected = new ObjectMapper().readTree(expectedFile.toFile());
        } catch (IOException e) {
            throw new UsageException("cannot read " + expectedFile + ": " + e.getMessage());
        }
        if (expected == null || !expected.isObject() || expected.isEmpty()) {
            throw new UsageException(expectedFile + " holds no pages");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, HtmlArticle> extractedPages = extractedFile == null ? null : readExtracted(extractedFile);
        LanguageGate language = new LanguageGate();
        Tally all = Tally.ZERO;
        Tally english = Tally.ZERO;
        int failed = 0;
        int total = Math.min(limit, expected.size());
        Iterator<Map.Entry<String, JsonNode>> pages = expected.fields();
        for (int i = 0; i < total; i++) {
            Map.Entry<String, JsonNode> page = pages.next();
            String url = page.getKey();
            JsonNode snippets = page.getValue();
            Path file = directory.resolve("pages").resolve(snippets.path("file").asText());
            byte[] html;
            try {
                html = Files.readAllBytes(file);
            } catch (IOException e) {
                failed++;
                err.println(file + ": cannot read: " + e.getMessage());
                continue;
            }
            HtmlArticle extracted = extractedPages == null ? extractor.extract(html, null, url, "page-" + (i + 1))
                    : extractedPages.getOrDefault(stem(file), EMPTY);
            Tally tally = score(url, extracted, snippets, out);
            all = all.plus(tally);
            if (isEnglish(language, html, url)) {
                english = english.plus(tally);
            }
            if ((i + 1) % 100 == 0) {
                err.printf(Locale.ROOT, "newsgraph: %d/%d pages%n", i + 1, total);
                err.flush();
            }
        }
        if (format == Format.json) {
            out.printf(Locale.ROOT, "{\"all\":%s,\"english\":%s}%n", json(all), json(english));
        } else {
            out.printf(Locale.ROOT, "%-8s %6s %6s %6s %6s %6s %7s %7s%n", "pages", "count", "P", "R", "F1", "FP",
                    "title", "date");
            row(out, "all", all);
            row(out, "English", english);
        }
        out.flush();
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    private Tally score(String url, HtmlArticle extracted, JsonNode snippets, PrintWriter out) {
        String text = normalise(extracted.article().text());
        int tp = 0;
        int fn = 0;
        int fp = 0;
        List<String> report = new ArrayList<>();
        for (JsonNode snippet : snippets.path("with")) {
            if (text.contains(normalise(snippet.asText()))) {
                tp++;
            } else {
                fn++;
                report.add("  missing:  " + snippet.asText());
            }
        }
        for (JsonNode snippet : snippets.path("without")) {
            if (text.contains(normalise(snippet.asText()))) {
                fp++;
                report.add("  unwanted: " + snippet.asText());
            }
        }
        if (misses && !report.isEmpty()) {
            out.println(url + " (" + snippets.path("file").asText() + ")");
            report.forEach(out::println);
        }
        return new Tally(1, tp, fn, fp, extracted.article().title() == null ? 0 : 1,
                extracted.article().published() == null ? 0 : 1);
    }

    private static final HtmlArticle EMPTY = new HtmlArticle(
            new org.newsgraph.model.Article("missing", "", null, null, null, null), null, null, null);

    /** The pages of {@code extract}'s JSON lines by id. */
    private static Map<String, HtmlArticle> readExtracted(Path file) {
        Map<String, HtmlArticle> pages = new java.util.HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (java.util.stream.Stream<String> lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode page = json.readTree(line);
                String id = page.path("id").asText();
                pages.put(id, new HtmlArticle(new org.newsgraph.model.Article(id, page.path("text").asText(),
                        page.path("title").textValue(), page.path("published").textValue(),
                        page.path("url").textValue(), page.path("publisher").textValue()),
                        page.path("byline").textValue(), page.path("language").textValue(), null));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new UsageException("cannot read --extracted " + file + ": " + e.getMessage());
        }
        return pages;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** True if the page's visible text is English. */
    private static boolean isEnglish(LanguageGate language, byte[] html, String url) {
        try {
            return language.detect(Jsoup.parse(new ByteArrayInputStream(html), null, url).text()).equals("en");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace runs (no-break spaces included) as one space, trimmed. */
    static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static void row(PrintWriter out, String name, Tally t) {
        out.printf(Locale.ROOT, "%-8s %6d %6.3f %6.3f %6.3f %6d %6.1f%% %6.1f%%%n", name, t.pages(), t.precision(),
                t.recall(), t.f1(), t.falsePositives(), 100 * t.share(t.titles()), 100 * t.share(t.dates()));
    }

    private static String json(Tally t) {
        return String.format(Locale.ROOT, "{\"pages\":%d,\"tp\":%d,\"fn\":%d,\"fp\":%d,\"precision\":%.4f,"
                + "\"recall\":%.4f,\"f1\":%.4f,\"title_found\":%.4f,\"date_found\":%.4f}", t.pages(),
                t.truePositives(), t.falseNegatives(), t.falsePositives(), t.precision(), t.recall(), t.f1(),
                t.share(t.titles()), t.share(t.dates()));
    }
}
