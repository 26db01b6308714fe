package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.questions.Questions;
import org.newsgraph.store.questions.UnknownActorException;
import org.newsgraph.store.stories.StorySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph stories [--type T] [--actor NAME] [--since D] [--until D] [--limit N] [--offset N]}:
 * the stories (events of many articles clustered into one happening), those carried by the most
 * independent sources first. Exit codes: 0 listed, 1 no actor matches, 2 usage error.
 */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        description = "Lists the stories of the stored articles, most independent sources first, with article counts.")
final class StoriesCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Mixin
    AnswerFormat answer = new AnswerFormat();

    @Option(names = "--type", paramLabel = "T", description = "Only stories of this PLOVER type, e.g. ASSAULT, PROTEST.")
    @Nullable String type;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only stories with this actor as a source, target or place.")
    @Nullable String actor;

    @Option(names = "--since", paramLabel = "DATE", description = "Only stories going on on or after DATE (2023, 2023-09 or 2023-09-12).")
    @Nullable String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only stories begun on or before DATE.")
    @Nullable String until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N stories (default: 0).")
    int offset;

    @Override
    public Integer call() {
        OptionChecks.requirePositive("--limit", limit);
        if (offset < 0) {
            throw new UsageException("--offset must not be negative: " + offset);
        }
        OptionChecks.requireDate("--since", since);
        OptionChecks.requireDate("--until", until);
        CommandLine cli = Main.commandLineOf(spec);
        try (ArticleStore store = db.openForQuestions()) {
            List<StorySummary> stories = new Questions(store).stories(type, actor, since, until, limit, offset);
            if (answer.json()) {
                AnswerFormat.printJson(cli.getOut(), stories);
            } else {
                TextTable table = new TextTable("STORY", "TYPE", "FIRST", "LAST", "SOURCES", "ARTICLES", "OUTLETS",
                        "EVENTS", "LABEL");
                stories.forEach(s -> table.row(s.id(), s.type(), s.firstDay(), s.lastDay(), s.independentSources(),
                        s.articles(), s.outlets(), s.events(), s.label()));
                table.print(cli.getOut());
            }
            return Main.EXIT_OK;
        } catch (UnknownActorException e) {
            return Refusal.print(cli, e);
        }
    }
}
