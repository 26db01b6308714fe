package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.claims.Conflict;
import org.newsgraph.store.questions.Questions;
import org.newsgraph.store.stories.Story;
import org.newsgraph.store.stories.StoryArticle;
import org.newsgraph.store.stories.StoryEvent;
import org.newsgraph.store.stories.StorySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph story ID}: one story with its events and their sentences, its articles (wire
 * copies marked with the article they copy) and the conflicts between them. Exit codes: 0 shown, 1 no
 * such story, 2 usage error.
 */
@Command(name = "story",
        mixinStandardHelpOptions = true,
        description = "Shows one story: its events with their sentences, its articles and copies, and its conflicts.")
final class StoryCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    @Mixin
    StoreOption db = new StoreOption();

    @Mixin
    AnswerFormat answer = new AnswerFormat();

    @Parameters(index = "0", paramLabel = "ID", description = "The story id, as `newsgraph stories` lists it.")
    long id;

    @Override
    public Integer call() {
        CommandLine cli = Main.commandLineOf(spec);
        try (ArticleStore store = db.openForQuestions()) {
            Optional<Story> story = new Questions(store).story(id);
            if (story.isEmpty()) {
                return Refusal.print(cli, new Refusal("no story " + id));
            }
            if (answer.json()) {
                AnswerFormat.printJson(cli.getOut(), story.get());
            } else {
                print(cli.getOut(), story.get());
            }
            return Main.EXIT_OK;
        }
    }

    private static void print(PrintWriter out, Story story) {
        StorySummary s = story.summary();
        out.printf("Story %d: %s%n", s.id(), s.label());
        out.printf("%s, %s to %s: %s, %s from %s (%s)%n%n", s.type(), orDash(s.firstDay()), orDash(s.lastDay()),
                Counts.of(s.events(), "event"), Counts.of(s.articles(), "article"),
                Counts.of(s.independentSources(), "independent source"),
                Counts.of(s.outlets(), "outlet"));
        out.println("Articles");
        TextTable articles = new TextTable("PUBLISHED", "ARTICLE", "OUTLET", "COPY OF", "TITLE");
        for (StoryArticle a : story.articles()) {
            articles.row(a.published(), a.articleId(), a.outlet(), a.copyOf(), a.title());
        }
        articles.print(out);
        out.println();
        out.println("Events");
        TextTable events = new TextTable("DAY", "ARTICLE", "STATUS", "TRIGGER", "SENTENCE");
        for (StoryEvent e : story.events()) {
            events.row(e.day(), e.articleId(), e.status(), e.trigger(), e.sentence());
        }
        events.print(out);
        if (!story.conflicts().isEmpty()) {
            out.println();
            out.println("Conflicts");
            ConflictsCommand.table(story.conflicts()).print(out);
        }
        out.flush();
    }

    private static String orDash(@Nullable String day) {
        return day == null ? "-" : day;
    }

    /** For the conflicts table: one side as "article: text (source)". */
    static String side(Conflict.Side side) {
        return side.articleId() + ": " + side.text() + (side.source() == null ? "" : " (" + side.source() + ")");
    }
}
