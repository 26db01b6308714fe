package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.actors.Quote;
import org.newsgraph.store.questions.Questions;
import org.newsgraph.store.questions.UnknownActorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph quotes [--speaker NAME] [--about NAME] [--limit N]}: attributions of the stored
 * articles, newest article first; with a speaker, those whose source is linked to that actor, and
 * with {@code --about}, those whose words mention that actor (for a name that matches several
 * actors, the most mentioned one). Exit codes: 0 listed, 1 no actor matches the speaker, 2 usage error.
 */
@Command(name = "quotes",
        mixinStandardHelpOptions = true,
        description = "Lists what sources said in the stored articles, newest first, optionally of one speaker.")
final class QuotesCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Mixin
    AnswerFormat answer = new AnswerFormat();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes of this actor (a name or an id).")
    @Nullable String speaker;

    @Option(names = "--about", paramLabel = "NAME",
            description = "Only quotes whose words mention this actor (a name or an id).")
    @Nullable String about;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N quotes (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        OptionChecks.requirePositive("--limit", limit);
        CommandLine cli = Main.commandLineOf(spec);
        try (ArticleStore store = db.openForQuestions()) {
            List<Quote> quotes = new Questions(store).quotes(speaker, about, null, limit);
            if (answer.json()) {
                AnswerFormat.printJson(cli.getOut(), quotes);
            } else {
                TextTable table = new TextTable("DATE", "SPEAKER", "QUOTE", "CUE", "ARTICLE");
                quotes.forEach(q -> table.row(q.date(), q.speaker(), q.content(), q.cue(), q.articleId()));
                table.print(cli.getOut());
            }
            return Main.EXIT_OK;
        } catch (UnknownActorException e) {
            return Refusal.print(cli, e);
        }
    }
}
