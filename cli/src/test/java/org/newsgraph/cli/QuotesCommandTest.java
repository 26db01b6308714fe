package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ActorQuestions.Result;

/** {@code newsgraph quotes} on a hand-built store. */
class QuotesCommandTest extends TwoStoredArticles {

    QuotesCommandTest() {
        super(ActorQuestions::storeBoth);
    }

    @Test
    void listsQuotesNewestFirst() {
        Result result = ActorQuestions.run("quotes", "--db", db);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).isEqualTo("""
                DATE        SPEAKER         QUOTE                CUE   ARTICLE
                2023-09-14  Vladimir Putin  the visit went well  said  k2
                2023-09-12  Kim Jong Un     We are friends,      said  k1
                """);
    }

    @Test
    void aSpeakerAndALimitNarrowTheList() throws Exception {
        Result kim = ActorQuestions.run("quotes", "--db", db, "--speaker", "Kim Jong-un", "--format", "json");
        Result newest = ActorQuestions.run("quotes", "--db", db, "--limit", "1", "--format", "json");

        JsonNode quotes = new ObjectMapper().readTree(kim.out());
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).get("speaker").asText()).isEqualTo("Kim Jong Un");
        assertThat(quotes.get(0).get("content").asText()).isEqualTo("We are friends,");
        assertThat(quotes.get(0).get("articleId").asText()).isEqualTo("k1");
        JsonNode first = new ObjectMapper().readTree(newest.out());
        assertThat(first).hasSize(1);
        assertThat(first.get(0).get("speaker").asText()).isEqualTo("Vladimir Putin");
    }

    @Test
    void quotesAboutAnActorAreThoseThatMentionIt() {
        Result aboutRussia = ActorQuestions.run("quotes", "--db", db, "--about", "Russia");
        Result aboutNobody = ActorQuestions.run("quotes", "--db", db, "--about", "Nobody");

        assertThat(aboutRussia.exitCode()).isEqualTo(0);
        assertThat(aboutRussia.out()).isEqualTo("DATE  SPEAKER  QUOTE  CUE  ARTICLE\n");
        assertThat(aboutNobody.exitCode()).isEqualTo(1);
        assertThat(aboutNobody.err()).isEqualTo("no actor matches 'Nobody'\n");
    }

    @Test
    void anUnknownSpeakerExitsWithOne() {
        Result result = ActorQuestions.run("quotes", "--db", db, "--speaker", "Nobody");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("no actor matches 'Nobody'\n");
    }
}
