package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.io.html.HtmlArticle;
import org.newsgraph.io.input.PageItem;
import org.newsgraph.io.input.PageReader;
import org.newsgraph.io.input.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.language.LanguageGate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph extract FILE|DIR|URL|WARC...}: the article of each page as one JSON line
 * ({@code id, url, title, byline, published, publisher, language, text}), extracted by the same
 * extractor as {@code analyze} and {@code eval html} use, without analysing anything (no CoreNLP).
 * {@code language} is the ISO 639-1 code the language gate's detector finds in the text, whatever
 * the language. Pages that yield no article are reported on standard error as {@code name: reason}
 * and the others go on. Exit codes: 0, 1 if some input failed, 2 for a usage error.
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extracts the article of web pages (HTML files, directories, URLs, WARC files) as JSON lines: "
                + "id, url, title, byline, published, publisher, language, text. Nothing is analysed.")
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "HTML files, directories of .html/.htm/.warc/.warc.gz files, http(s) URLs, WARC files, "
                    + "or - for a page on standard input.")
    List<String> inputs = List.of();

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    @Nullable Path output;

    @Mixin
    PrivateFetchOption fetch = new PrivateFetchOption();

    @Override
    public Integer call() throws IOException {
        CommandLine cli = Main.commandLineOf(spec);
        PrintWriter err = cli.getErr();
        Writer out = output == null ? new CheckedOutput(cli.getOut()) : AnalyzeCommand.open(output);
        LanguageGate language = new LanguageGate();
        int pages = 0;
        int failed = 0;
        try (Stream<PageItem> items = new PageReader(ReadOptions.defaults(), () -> System.in,
                fetch.pages(ReadOptions.defaults())).read(inputs)) {
            for (Iterator<PageItem> it = items.iterator(); it.hasNext(); ) {
                PageItem item = it.next();
                if (item instanceof PageItem.Extracted page) {
                    out.write(json(page.page(), language).toString());
                    out.write('\n');
                    pages++;
                } else {
                    err.println(item.name() + ": " + ((PageItem.Failed) item).reason());
                    failed++;
                }
            }
        } finally {
            if (output == null) {
                out.flush();
            } else {
                out.close();
            }
        }
        err.println("extract: " + pages + (pages == 1 ? " page" : " pages") + (failed == 0 ? "" : ", " + failed
                + " failed"));
        err.flush();
        return failed == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    /** The article JSON of a page, fields in a fixed order, null where the page says nothing. */
    static ObjectNode json(HtmlArticle page, LanguageGate language) {
        Article a = page.article();
        ObjectNode json = JSON.createObjectNode();
        json.put("id", a.id());
        json.put("url", a.url());
        json.put("title", a.title());
        json.put("byline", page.byline());
        json.put("published", a.published());
        json.put("publisher", a.source());
        json.put("language", language.detect(a.text()));
        json.put("text", a.text());
        return json;
    }
}
