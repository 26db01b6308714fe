package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.CorpusFormatException;
import org.newsgraph.eval.html.ExpectedPage;
import org.newsgraph.eval.html.ExpectedPages;
import org.newsgraph.eval.html.ExtractedPages;
import org.newsgraph.eval.html.HtmlReport;
import org.newsgraph.eval.html.HtmlRun;
import org.newsgraph.io.html.HtmlArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval html DIR}: extracts the main text of saved article pages and checks it
 * against snippets it must and must not contain ({@link HtmlRun}). Scores go to standard output, progress and pages
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
        List<ExpectedPage> pages;
        Map<String, HtmlArticle> extracted;
        try {
            pages = ExpectedPages.read(directory);
        } catch (CorpusFormatException e) {
            throw new UsageException(e.getMessage());
        }
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1: " + limit);
        }
        try {
            extracted = extractedFile == null ? null : ExtractedPages.read(extractedFile);
        } catch (CorpusFormatException e) {
            throw new UsageException("--extracted: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HtmlRun.Scores scores = new HtmlRun(directory, extracted, misses ? out::println : line -> { }, err)
                .run(pages.subList(0, Math.min(limit, pages.size())));
        out.print(format == Format.json ? HtmlReport.json(scores) + System.lineSeparator() : HtmlReport.text(scores));
        out.flush();
        return scores.failed() == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }
}
