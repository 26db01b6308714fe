package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ActorQuestions.Result;

/** {@code newsgraph actor NAME} on a hand-built store. */
class ActorCommandTest extends TwoStoredArticles {

    ActorCommandTest() {
        super(ActorQuestions::storeBoth);
    }

    @Test
    void showsAliasesRolesQuotesAndTimelineOfAnySpelling() {
        Result result = ActorQuestions.run("actor", "--db", db, "kim", "jong-un");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("""
                #1 Kim Jong Un (PERSON): 3 mentions in 2 articles

                Aliases
                NAME         ARTICLES  MENTIONS
                Kim Jong Un         1         2
                Kim Jong-un         1         1

                Roles
                DATE        ROLE    OF  ARTICLE
                2023-09-12  leader      k1

                Quotes
                DATE        QUOTE            CUE   ARTICLE
                2023-09-12  We are friends,  said  k1

                Said about them
                DATE  SPEAKER  QUOTE  ARTICLE

                Timeline
                DATE        ARTICLE  TITLE            MENTIONS
                2023-09-12  k1       Kim meets Putin         2
                2023-09-14  k2       Kim leaves              1
                """);
    }

    @Test
    void aSurnameFindsTheActorAndJsonHoldsTheProfile() throws Exception {
        Result result = ActorQuestions.run("actor", "--db", db, "--format", "json", "Putin");

        assertThat(result.exitCode()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.at("/profile/actor/name").asText()).isEqualTo("Vladimir Putin");
        assertThat(json.at("/profile/actor/mentions").asLong()).isEqualTo(2);
        assertThat(json.at("/profile/quotes/0/content").asText()).isEqualTo("the visit went well");
        assertThat(json.at("/profile/quotes/0/date").asText()).isEqualTo("2023-09-14");
        assertThat(json.at("/profile/timeline")).hasSize(2);
        assertThat(json.get("otherMatches")).isEmpty();
    }

    @Test
    void noMatchExitsWithOne() {
        Result result = ActorQuestions.run("actor", "--db", db, "Nobody");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("no actor matches 'Nobody'\n");
    }
}
