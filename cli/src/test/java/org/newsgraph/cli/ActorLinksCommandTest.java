package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ActorQuestions.Result;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Stores;

/** The Wikipedia links of actors in {@code actors}, {@code actor} and the network export. */
class ActorLinksCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void storeLinkedArticles() {
        db = dir.resolve("db").toString();
        try (ArticleStore store = Stores.open(db)) {
            store.store(meeting("m1", "2024-01-01", "Kim Jong-un", "Vladimir Putin"));
            store.store(meeting("m2", "2024-01-02", "Kim Jong Eun", "Putin"));
            store.store(ActorQuestions.naming("n1", "John Smith"));
        }
    }

    /** An article in which {@code kim} (linked to Kim_Jong_Un) meets {@code putin} (linked to Vladimir_Putin). */
    private static Doc meeting(String id, String date, String kim, String putin) {
        String text = kim + " met " + putin + ".";
        return Doc.of(new Article(id, text, null, date, null, null)).withLanguage("en").withEntities(List.of(
                named(text, "e1", kim, "Kim_Jong_Un"), named(text, "e2", putin, "Vladimir_Putin")));
    }

    private static Entity named(String text, String id, String name, String title) {
        int at = text.indexOf(name);
        Mention mention = new Mention(Span.of(text, at, at + name.length()), 0, 1, 0, EntityType.PERSON,
                MentionKind.NAME);
        return new Entity(id, EntityType.PERSON, name, List.of(mention), List.of(), new Link(title, 0.9));
    }

    @Test
    void theListShowsEachActorsLinkAndOneActorPerLink() {
        Result result = ActorQuestions.run("actors", "--db", db);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo(String.join("\n",
                "ID  ACTOR           TYPE    ARTICLES  MENTIONS  LINK",
                " 1  Kim Jong-un     PERSON         2         2  Kim_Jong_Un",
                " 2  Vladimir Putin  PERSON         2         2  Vladimir_Putin",
                " 3  John Smith      PERSON         1         1  ", ""));
    }

    @Test
    void jsonCarriesTheTitleAndTheAddress() throws Exception {
        Result result = ActorQuestions.run("actors", "--db", db, "--format", "json");

        JsonNode actors = new ObjectMapper().readTree(result.out());
        assertThat(actors.get(0).get("link").asText()).isEqualTo("Kim_Jong_Un");
        assertThat(actors.get(0).get("url").asText()).isEqualTo("https://en.wikipedia.org/wiki/Kim_Jong_Un");
        assertThat(actors.get(2).get("link").isNull()).isTrue();
        assertThat(actors.get(2).get("url").isNull()).isTrue();
    }

    @Test
    void theProfileNamesTheWikipediaPageAndEitherSpellingFindsIt() {
        Result result = ActorQuestions.run("actor", "--db", db, "Kim Jong Eun");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).startsWith("""
                #1 Kim Jong-un (PERSON): 2 mentions in 2 articles
                Wikipedia: https://en.wikipedia.org/wiki/Kim_Jong_Un

                Aliases
                NAME          ARTICLES  MENTIONS
                Kim Jong Eun         1         1
                Kim Jong-un          1         1
                """);
    }

    /**
     * "Vladimir Putin met Kim Jong-un and John Smith.": Putin unlinked (his name's actor has a page),
     * Kim linked, Smith's actor without a page.
     */
    private static Doc talks() {
        String text = "Vladimir Putin met Kim Jong-un and John Smith.";
        Entity putin = named(text, "e1", "Vladimir Putin", "Vladimir_Putin").withLink(null);
        Entity kim = named(text, "e2", "Kim Jong-un", "Kim_Jong_Un");
        Entity smith = named(text, "e3", "John Smith", "John_Smith").withLink(null);
        Event met = new Event("v1", "CONSULT", "meet", "040", Span.of(text, 15, 18),
                List.of(new EventActor(ActorRole.SOURCE, "e1", Span.of(text, 0, 14), null, "RUS"),
                        new EventActor(ActorRole.TARGET, "e2", Span.of(text, 19, 30), null, "PRK"),
                        new EventActor(ActorRole.TARGET, "e3", Span.of(text, 35, 45), null, null)),
                null, null, EventStatus.OCCURRED, null);
        return Doc.of(new Article("t1", text, null, "2024-01-03", null, null)).withLanguage("en")
                .withEntities(List.of(putin, kim, smith)).withEvents(List.of(met));
    }

    /** The last row of a table, by column name. */
    private static java.util.Map<String, String> lastRow(String table, String separator) {
        String[] lines = table.split("\r?\n");
        String[] names = lines[0].split(separator, -1);
        String[] values = lines[lines.length - 1].split(separator, -1);
        java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], values[i]);
        }
        return row;
    }

    @Test
    void eventTablesGiveEachActorsPageBesideItsId() {
        try (ArticleStore store = Stores.open(db)) {
            store.store(talks());
        }

        Result csv = ActorQuestions.run("export", "--db", db, "--format", "events-csv");
        Result polecat = ActorQuestions.run("export", "--db", db, "--format", "polecat");

        assertThat(csv.exitCode()).as(csv.err()).isEqualTo(0);
        java.util.Map<String, String> row = lastRow(csv.out(), ",");
        assertThat(List.of(row.get("source_actor_id"), row.get("target_actor_id"), row.get("source_actor_link"),
                row.get("target_actor_link"))).containsExactly("2", "1;3", "Vladimir_Putin", "Kim_Jong_Un;");
        java.util.Map<String, String> polecatRow = lastRow(polecat.out(), "\t");
        assertThat(List.of(polecatRow.get("Wikipedia Actor ID"), polecatRow.get("Wikipedia Recipient ID")))
                .containsExactly("Vladimir_Putin", "Kim_Jong_Un; ");
    }

    @Test
    void theNetworksNodesCarryTheirWikipediaAddress() throws Exception {
        Path out = dir.resolve("neo4j");

        Result result = ActorQuestions.run("export", "--db", db, "--format", "neo4j", out.toString());

        assertThat(result.exitCode()).isEqualTo(0);
        List<String> nodes = new ArrayList<>(Files.readAllLines(out.resolve("actors.csv")));
        assertThat(nodes.subList(1, nodes.size())).containsExactly(
                "a1,Kim Jong-un,PERSON,,https://en.wikipedia.org/wiki/Kim_Jong_Un,2,Actor;Person",
                "a2,Vladimir Putin,PERSON,,https://en.wikipedia.org/wiki/Vladimir_Putin,2,Actor;Person");
    }
}
