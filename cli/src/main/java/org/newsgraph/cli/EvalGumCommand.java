package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.newsgraph.eval.CorpusFormatException;
import org.newsgraph.eval.gum.GumDocument;
import org.newsgraph.eval.gum.GumReader;
import org.newsgraph.eval.gum.GumReport;
import org.newsgraph.eval.gum.GumRun;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.role.RoleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval gum DIR}: analyses each GUM document's text and scores the entity mentions
 * and coreference chains newsgraph finds against GUM's gold annotation ({@link GumRun}, see
 * eval/README.md). Scores
 * go to standard output, progress and failed documents to standard error. Exit codes: 0, 1 if some
 * documents failed to analyse, 2 for a missing directory, no documents or a malformed file.
 */
@Command(name = "gum",
        mixinStandardHelpOptions = true,
        description = {
            "Scores newsgraph's entity mentions and coreference against the GUM corpus (CoNLL-U files with "
                    + "Entity= annotations in DIR/dep or DIR).",
            "",
            "Text: each document's words rebuilt as plain text (GUM's SpaceAfter spacing, one sentence a "
                    + "line, a blank line between paragraphs), analysed with no publication date.",
            "Named: a gold mention is named when its syntactic head word is tagged NNP or NNPS; it is "
                    + "compared with newsgraph's NAME mentions. A chain is named when it has a named mention.",
            "Types: person=PERSON, organization=ORGANIZATION, place=GPE+LOCATION, event=EVENT, "
                    + "object=VEHICLE+WEAPON+FACILITY. Other GUM types (abstract, time, substance, ...) and "
                    + "newsgraph's OTHER count only in the type-blind 'any type' row.",
            "Matching: exact = same character span; head = inside the gold span and covering its head word "
                    + "(one-to-one, exact matches preferred).",
            "Coreference: MUC, B-cubed, CEAF-e and CoNLL F1 as the CoNLL-2012 reference scorer computes "
                    + "them (mentions by span, singletons kept, twinless mentions penalised), summed over "
                    + "documents. Clusters are Doc.entities(); without that facet each mention is its own entity.",
            ""})
public final class EvalGumCommand implements Callable<Integer> {

    /** How the scores are printed. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "GUM folder (with dep/*.conllu) or a folder of .conllu files.")
    private Path directory;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents (in file-name order).")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = "--links", description = "Also link entities to Wikipedia and score the links against GUM's "
            + "Wikification (precision, recall, NIL accuracy over named person/organization/place/event mentions).")
    private boolean links;

    @Option(names = "--link-mistakes", description = "With --links: print each wrong, missed or spurious link to standard error.")
    private boolean linkMistakes;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep each document analysed up to its roles (before "
            + "the Wikipedia linker) in DIR and reuse it on the next run, so that linking is re-run and re-scored in "
            + "seconds; an entry is used only for the same text.")
    private @Nullable Path cache;

    @Mixin
    private LinkOptions linkOptions = new LinkOptions();

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1: " + limit);
        }
        List<GumDocument> documents = readDocuments();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("newsgraph: loading models...");
        err.flush();
        AnalyzerConfig config = AnalyzerConfig.defaults();
        if (links) {
            config = linkOptions.linking(config, err);
        }
        Analyzer analyzer = Analyzers.get(config);
        Function<Article, Doc> analyse = analyzer::analyze;
        if (cache != null) {
            ParsedDocCache docs = new ParsedDocCache(cache);
            ParsedDocCache.Split split = ParsedDocCache.split(analyzer, RoleExtractor.class, true);
            analyse = article -> split.rest().apply(docs.get(article, split::head));
        }
        GumRun.Scores scores = new GumRun(analyse, linkMistakes ? err::println : m -> { }, err).run(documents);
        GumReport report = new GumReport(directory.toString(), scores.scores(), scores.failed());
        out.print(format == Format.text ? report.toText() : report.toJson() + System.lineSeparator());
        if (links) {
            out.print(scores.links().toText());
        }
        out.flush();
        return scores.failed() > 0 ? Main.EXIT_SOME_FAILED : Main.EXIT_OK;
    }

    private List<GumDocument> readDocuments() {
        if (!Files.isDirectory(directory)) {
            throw new UsageException("not a directory: " + directory);
        }
        List<GumDocument> documents;
        try {
            documents = GumReader.readDirectory(directory);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage() + ": " + e.getCause().getMessage());
        } catch (CorpusFormatException e) {
            throw new UsageException(e.getMessage());
        }
        if (documents.isEmpty()) {
            throw new UsageException("no .conllu files in " + directory + " or " + directory.resolve("dep"));
        }
        return documents.subList(0, Math.min(limit, documents.size()));
    }
}
