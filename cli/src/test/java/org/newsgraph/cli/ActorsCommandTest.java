package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ActorQuestions.Result;

/** {@code newsgraph actors}, {@code actors merge} and {@code actors split} on a hand-built store. */
class ActorsCommandTest extends TwoStoredArticles {

    ActorsCommandTest() {
        super(ActorQuestions::storeBoth);
    }

    @Test
    void listsTheMostMentionedActorsAsATable() {
        Result result = ActorQuestions.run("actors", "--db", db);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("""
                ID  ACTOR           TYPE    ARTICLES  MENTIONS
                 1  Kim Jong Un     PERSON         2         3
                 2  Vladimir Putin  PERSON         2         2
                 3  Russia          GPE            1         1
                """);
    }

    @Test
    void listFiltersByTypeLimitsAndPrintsJson() throws Exception {
        Result gpe = ActorQuestions.run("actors", "list", "--db", db, "--type", "gpe", "--format", "json");
        Result one = ActorQuestions.run("actors", "--db", db, "--limit", "1", "--format", "json");

        assertThat(gpe.exitCode()).isEqualTo(0);
        JsonNode actors = new ObjectMapper().readTree(gpe.out());
        assertThat(actors).hasSize(1);
        assertThat(actors.get(0).get("name").asText()).isEqualTo("Russia");
        assertThat(actors.get(0).get("type").asText()).isEqualTo("GPE");
        assertThat(actors.get(0).get("articles").asLong()).isEqualTo(1);
        JsonNode top = new ObjectMapper().readTree(one.out());
        assertThat(top).hasSize(1);
        assertThat(top.get(0).get("name").asText()).isEqualTo("Kim Jong Un");
        assertThat(top.get(0).get("mentions").asLong()).isEqualTo(3);
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        assertThat(ActorQuestions.run("actors", "--db", db, "--limit", "0").exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(ActorQuestions.run("actors", "--db", db, "--type", "ALIEN").exitCode())
                .isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void mergeAndSplitCorrectTheLinkingForLaterArticlesToo() {
        ActorQuestions.store(db, ActorQuestions.naming("v1", "Vladimir Vladimirovich Putin"));

        Result ambiguous = ActorQuestions.run("actors", "merge", "--db", db, "Vladimir Putin", "Putin");
        Result merged = ActorQuestions.run("actors", "merge", "--db", db, "Vladimir Putin",
                "Vladimir Vladimirovich Putin");
        ActorQuestions.store(db, ActorQuestions.naming("v2", "Vladimir Vladimirovich Putin"));
        Result afterMerge = ActorQuestions.run("actors", "--db", db, "--type", "PERSON");

        assertThat(ambiguous.exitCode()).isEqualTo(1);
        assertThat(ambiguous.err()).isEqualTo("'Putin' matches 2 actors; give one's id: #2 Vladimir Putin (PERSON), "
                + "#4 Vladimir Vladimirovich Putin (PERSON)\n");
        assertThat(merged.exitCode()).isEqualTo(0);
        assertThat(merged.out()).isEqualTo("Merged #4 Vladimir Vladimirovich Putin into #2 Vladimir Putin: "
                + "1 entity moved.\n");
        assertThat(afterMerge.out()).isEqualTo("""
                ID  ACTOR           TYPE    ARTICLES  MENTIONS
                 2  Vladimir Putin  PERSON         4         4
                 1  Kim Jong Un     PERSON         2         3
                """);

        Result split = ActorQuestions.run("actors", "split", "--db", db, "#2", "vladimir vladimirovich putin");
        ActorQuestions.store(db, ActorQuestions.naming("v3", "Vladimir Vladimirovich Putin"));
        Result afterSplit = ActorQuestions.run("actors", "--db", db, "--type", "PERSON");

        assertThat(split.exitCode()).isEqualTo(0);
        assertThat(split.out()).isEqualTo("Split Vladimir Vladimirovich Putin off #2 Vladimir Putin as #5: "
                + "2 mentions in 2 articles.\n");
        assertThat(afterSplit.out()).isEqualTo("""
                ID  ACTOR                         TYPE    ARTICLES  MENTIONS
                 5  Vladimir Vladimirovich Putin  PERSON         3         3
                 1  Kim Jong Un                   PERSON         2         3
                 2  Vladimir Putin                PERSON         2         2
                """);
    }

    @Test
    void aRefusedCorrectionSaysWhyAndExitsWithOne() {
        Result unknown = ActorQuestions.run("actors", "merge", "--db", db, "Kim Jong Un", "Nobody");
        Result onlyKey = ActorQuestions.run("actors", "split", "--db", db, "Kim Jong Un", "Kim Jong-un");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("no actor matches 'Nobody'\n");
        assertThat(onlyKey.exitCode()).isEqualTo(1);
        assertThat(onlyKey.err()).isEqualTo("'kimjongun' is the only name key of actor 1 (Kim Jong Un): "
                + "nothing to split it from\n");
    }
}
