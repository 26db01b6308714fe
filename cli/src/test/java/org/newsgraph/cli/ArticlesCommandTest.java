package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ActorQuestions.Result;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** {@code newsgraph articles}: stored articles with their near-duplicate links. */
class ArticlesCommandTest {

    private static final String STORY = "Heavy rain flooded the lower town of Marlow overnight, and firefighters "
            + "rescued eleven people from cars stuck in the water. The river rose two metres in six hours, the "
            + "highest level since records began. Schools in the district will stay closed on Friday, the mayor "
            + "said. Forecasters expect more rain over the weekend.";
    private static final String REWRITE = STORY.replace("Forecasters expect more rain over the weekend.",
            "Volunteers handed out sandbags at the market square until midnight.");
    private static final String OTHER = "The national orchestra named a new principal conductor on Monday, ending "
            + "a search that lasted two years. She will lead her first concert in September.";

    @TempDir
    Path dir;

    @Test
    void listsArticlesWithTheArticleTheyCopy() {
        String db = dir.resolve("db").toString();
        try (ArticleStore store = Stores.open(db)) {
            store.store(doc("r1", "Floods in Marlow", "2024-06-01", "Wire A", STORY));
            store.store(doc("r2", "Rescue in flooded Marlow", "2024-06-02", "Paper B", REWRITE));
            store.store(doc("r3", "Orchestra names conductor", "2024-06-03", "Paper B", OTHER));
        }

        Result all = ActorQuestions.run("articles", "--db", db);
        Result copies = ActorQuestions.run("articles", "--db", db, "--copies", "--format", "json");

        assertThat(all.exitCode()).isEqualTo(0);
        assertThat(all.out()).isEqualTo("""
                PUBLISHED   ARTICLE  COPY OF  SOURCE   TITLE
                2024-06-03  r3                Paper B  Orchestra names conductor
                2024-06-02  r2       r1       Paper B  Rescue in flooded Marlow
                2024-06-01  r1                Wire A   Floods in Marlow
                """);
        assertThat(copies.out()).contains("\"id\" : \"r2\"").contains("\"copyOf\" : \"r1\"").doesNotContain("r3");
    }

    @Test
    void aReadOnlyStoreIsListedAndAMissingOneIsRefused() {
        String db = dir.resolve("db").toString();
        try (ArticleStore store = Stores.open(db)) {
            store.store(doc("r3", "Orchestra names conductor", "2024-06-03", "Paper B", OTHER));
        }

        Result readOnly = ActorQuestions.run("articles", "--db",
                "jdbc:h2:file:" + dir.resolve("db/newsgraph") + ";ACCESS_MODE_DATA=r");
        Result missing = ActorQuestions.run("articles", "--db", dir.resolve("nothing").toString());

        assertThat(readOnly.exitCode()).isEqualTo(0);
        assertThat(readOnly.out()).isEqualTo("""
                PUBLISHED   ARTICLE  COPY OF  SOURCE   TITLE
                2024-06-03  r3                Paper B  Orchestra names conductor
                """);
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(missing.err()).isEqualTo("newsgraph: no store at " + dir.resolve("nothing") + ": newsgraph.mv.db is "
                + "missing there; ingest articles into it first, or check the database you named" + System.lineSeparator());
    }

    private static Doc doc(String id, String title, String date, String source, String text) {
        return Doc.of(new Article(id, text, title, date, null, source)).withLanguage("en");
    }
}
