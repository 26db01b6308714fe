package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.actors.ActorProfile;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.questions.ActorMatch;
import org.newsgraph.store.questions.Questions;
import org.newsgraph.store.questions.UnknownActorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph actor NAME}: one actor's names, roles over time (with the dates of the articles
 * that state them), what it said, what was said about it, and the articles that mention it. NAME is a name (its spelling
 * variants match), a part of one such as a surname, or an id; when several actors match, the most
 * mentioned is shown and the others listed. Exit codes: 0 shown, 1 no actor matches, 2 usage error.
 */
@Command(name = "actor",
        mixinStandardHelpOptions = true,
        description = "Shows one actor of the stored articles: aliases, roles with dates, quotes by and about them, timeline.")
final class ActorCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Mixin
    AnswerFormat answer = new AnswerFormat();

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "A name, a surname, or an id (#12 or 12).")
    List<String> name = List.of();

    @Override
    public Integer call() {
        CommandLine cli = Main.commandLineOf(spec);
        String typed = String.join(" ", name);
        try (ArticleStore store = db.openForQuestions()) {
            ActorMatch match = new Questions(store).actor(typed);
            ActorProfile profile = match.profile();
            List<ActorSummary> others = match.otherMatches();
            if (answer.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("profile", profile);
                json.put("otherMatches", others);
                AnswerFormat.printJson(cli.getOut(), json);
            } else {
                print(cli.getOut(), profile, others);
            }
            return Main.EXIT_OK;
        } catch (UnknownActorException e) {
            return Refusal.print(cli, e);
        }
    }

    private static void print(PrintWriter out, ActorProfile profile, List<ActorSummary> others) {
        ActorSummary actor = profile.actor();
        out.println("#" + actor.id() + " " + actor.name() + " (" + actor.type() + "): "
                + Counts.of(actor.mentions(), "mention") + " in "
                + Counts.of(actor.articles(), "article"));
        if (actor.url() != null) {
            out.println("Wikipedia: " + actor.url());
        }
        out.println();
        out.println("Aliases");
        TextTable aliases = new TextTable("NAME", "ARTICLES", "MENTIONS");
        profile.aliases().forEach(a -> aliases.row(a.name(), a.articles(), a.mentions()));
        aliases.print(out);
        out.println();
        out.println("Roles");
        TextTable roles = new TextTable("DATE", "ROLE", "OF", "ARTICLE");
        profile.roles().forEach(r -> roles.row(r.date(), r.title(), r.of(), r.articleId()));
        roles.print(out);
        out.println();
        out.println("Quotes");
        TextTable quotes = new TextTable("DATE", "QUOTE", "CUE", "ARTICLE");
        profile.quotes().forEach(q -> quotes.row(q.date(), q.content(), q.cue(), q.articleId()));
        quotes.print(out);
        out.println();
        out.println("Said about them");
        TextTable about = new TextTable("DATE", "SPEAKER", "QUOTE", "ARTICLE");
        profile.about().forEach(q -> about.row(q.date(), q.speaker(), q.content(), q.articleId()));
        about.print(out);
        out.println();
        out.println("Timeline");
        TextTable timeline = new TextTable("DATE", "ARTICLE", "TITLE", "MENTIONS");
        profile.timeline().forEach(t -> timeline.row(t.date(), t.articleId(), t.title(), t.mentions()));
        timeline.print(out);
        if (!others.isEmpty()) {
            out.println();
            out.println("Other actors matching");
            ActorsCommand.table(others).print(out);
        }
        out.flush();
    }
}
