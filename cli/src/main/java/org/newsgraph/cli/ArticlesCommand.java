package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.dedup.ArticleSummary;
import org.newsgraph.store.questions.Questions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph articles [--copies] [--limit N]}: the stored articles, newest first, each with the
 * earlier article it is a near-duplicate of (a wire copy or light rewrite), if any. Articles stored
 * before near-duplicate detection existed get their signatures and links when the store opens. Exit
 * codes: 0 listed, 2 usage error.
 */
@Command(name = "articles",
        mixinStandardHelpOptions = true,
        description = {"Lists the stored articles, newest first, with the earlier article each is a near-duplicate of.",
            "Articles stored before near-duplicate detection existed are given their signatures and links when "
                + "the store is opened (by any command), once."})
final class ArticlesCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Mixin
    AnswerFormat answer = new AnswerFormat();

    @Option(names = "--copies", description = "Only the articles that are near-duplicates of an earlier one.")
    boolean copies;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        OptionChecks.requirePositive("--limit", limit);
        CommandLine cli = Main.commandLineOf(spec);
        try (ArticleStore store = db.openForQuestions()) {
            List<ArticleSummary> articles = new Questions(store).latestArticles(copies, limit);
            if (answer.json()) {
                AnswerFormat.printJson(cli.getOut(), articles);
            } else {
                TextTable table = new TextTable("PUBLISHED", "ARTICLE", "COPY OF", "SOURCE", "TITLE");
                articles.forEach(a -> table.row(a.published(), a.id(), a.copyOf(), a.source(), a.title()));
                table.print(cli.getOut());
            }
            return Main.EXIT_OK;
        }
    }
}
