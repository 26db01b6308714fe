package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Doc;

/** The pages over real HTTP, read back with jsoup: what they show, and that article markup stays text. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {

    private TestServer server;

    @BeforeAll
    void start(@TempDir Path directory) {
        server = new TestServer(directory, article -> Doc.of(article).withLanguage("en"),
                Docs.summit(), Docs.talks(), Docs.hostile());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Document page(String path, int status) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        return Jsoup.parse(response.body());
    }

    /** No script element, no event-handler attribute, no image: nothing of the article's markup became markup. */
    private static void assertInert(String html) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on")));
        assertThat(html).doesNotContain(Docs.SCRIPT).doesNotContain("<img");
    }

    private long actorId(String name) {
        Element link = page("/?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), 200)
                .selectFirst("#actors a");
        assertThat(link).as(name).isNotNull();
        return Long.parseLong(link.attr("href").substring("/actors/".length()));
    }

    @Test
    void theArticlePageMarksSourceCueContentAndEventInTheText() {
        Document page = page("/articles/w1", 200);
        Element text = page.selectFirst(".doc-text");

        assertThat(text.wholeText()).isEqualTo(Docs.summit().text());
        assertThat(text.select("span.att-source").eachText()).containsExactly("Dmitry Peskov");
        assertThat(text.select("span.att-cue").eachText()).containsExactly("said");
        assertThat(text.select("span.att-content").stream().map(Element::wholeText).collect(Collectors.joining()))
                .isEqualTo("the two leaders will meet in Vladivostok");
        assertThat(text.select("span.att-content.ent-gpe").eachText()).containsExactly("Vladivostok");
        assertThat(text.select("span.ev-trigger").eachText()).containsExactly("met");
        assertThat(text.select("span.ent-person").eachText())
                .containsExactly("Dmitry Peskov", "Kim Jong Un", "Vladimir Putin");
        assertThat(text.select("span.timex").eachText()).containsExactly("Tuesday");
    }

    @Test
    void theArticlePageListsAttributionsEventsAndEntitiesBesideTheText() {
        Document page = page("/articles/w1", 200);

        Element attribution = page.selectFirst("#attributions tbody tr");
        assertThat(attribution.select("td").eachText()).containsExactly("Dmitry Peskov", "said",
                "the two leaders will meet in Vladivostok", "indirect, reported");
        assertThat(page.select("#events tbody tr td").eachText()).containsExactly("CONSULT", "Kim Jong Un", "met",
                "Vladimir Putin", "occurred", "2023-09-12");
        Element peskov = page.selectFirst("#entities tbody tr");
        assertThat(peskov.select("td").eachText()).containsExactly("Dmitry Peskov", "PERSON", "1", "spokesman of Kremlin");
        assertThat(peskov.selectFirst("a").attr("href")).isEqualTo("/actors/" + actorId("Dmitry Peskov"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Kim meets Putin");
    }

    @Test
    void anUnknownArticleIsA404Page() {
        Document page = page("/articles/nope", 404);

        assertThat(page.selectFirst(".error").text()).isEqualTo("no article 'nope'");
    }

    @Test
    void anArticlesMarkupIsShownAsText() {
        HttpResponse<String> response = server.get("/articles/x1");
        Document page = Jsoup.parse(response.body());

        assertInert(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Hostile " + Docs.SCRIPT);
        assertThat(page.selectFirst(".doc-text").wholeText()).contains(Docs.SCRIPT, Docs.IMG);
        assertThat(page.selectFirst("#attributions .att-content").text())
                .isEqualTo(Docs.SCRIPT + " and " + Docs.IMG + " are harmless");
        assertThat(page.selectFirst("#entities td").text()).isEqualTo("Evil Corp " + Docs.IMG);
    }

    @Test
    void searchAndActorPagesShowMarkupAsText() {
        String q = URLEncoder.encode(Docs.SCRIPT, StandardCharsets.UTF_8);
        HttpResponse<String> search = server.get("/?q=" + q);
        HttpResponse<String> quotes = server.get("/?q=harmless");
        long evil = actorId("Evil Corp");
        HttpResponse<String> actor = server.get("/actors/" + evil);

        assertInert(search.body());
        assertThat(Jsoup.parse(search.body()).selectFirst("#q").attr("value")).isEqualTo(Docs.SCRIPT);
        assertInert(quotes.body());
        assertThat(Jsoup.parse(quotes.body()).select("#quotes .att-content").eachText())
                .containsExactly(Docs.SCRIPT + " and " + Docs.IMG + " are harmless");
        assertInert(actor.body());
        assertThat(Jsoup.parse(actor.body()).selectFirst("h1").text()).isEqualTo("Evil Corp " + Docs.IMG);
    }

    @Test
    void theAnalyzePageShowsPastedMarkupAsText() {
        String form = "text=" + URLEncoder.encode("Evil Corp said " + Docs.SCRIPT + " " + Docs.IMG, StandardCharsets.UTF_8)
                + "&url=";
        HttpResponse<String> response = server.post("/analyze", "application/x-www-form-urlencoded", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertInert(response.body());
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#result .doc-text").wholeText())
                .isEqualTo("Evil Corp said " + Docs.SCRIPT + " " + Docs.IMG);
        assertThat(page.selectFirst("#text").wholeText()).isEqualTo("Evil Corp said " + Docs.SCRIPT + " " + Docs.IMG);
    }

    @Test
    void theAnalyzePageAsksForTextWhenNoneIsGiven() {
        HttpResponse<String> response = server.post("/analyze", "application/x-www-form-urlencoded", "text=+&url=");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("#error").text()).isEqualTo("Paste an article or give its URL.");
    }

    @Test
    void theActorPageHasAliasesRolesQuotesAndATimeline() {
        Document peskov = page("/actors/" + actorId("Dmitry Peskov"), 200);
        Document putin = page("/actors/" + actorId("Vladimir Putin"), 200);

        assertThat(peskov.select("#aliases td").eachText()).containsExactly("Dmitry Peskov", "1", "1");
        assertThat(peskov.select("#roles td").eachText()).containsExactly("2023-09-12", "spokesman", "Kremlin", "w1");
        assertThat(peskov.select("#quotes-by .att-content").eachText())
                .containsExactly("the two leaders will meet in Vladivostok");
        assertThat(putin.select("#timeline > li > time").eachText()).containsExactly("2023-09-12");
        assertThat(putin.selectFirst("#timeline li li").text()).isEqualTo("CONSULT Kim Jong Un met Vladimir Putin (occurred) w1");
        assertThat(putin.select("#appearances td a").eachText()).containsExactly("Kim meets Putin", "Putin on the talks");
        assertThat(putin.select("#quotes-about .att-content").eachText()).isEmpty();
    }

    @Test
    void theSearchPageWithoutWordsShowsTheLatestArticlesAndTopActors() {
        Document page = page("/", 200);

        assertThat(page.select("#articles td a").eachText()).containsExactly("Hostile " + Docs.SCRIPT, "Putin on the talks",
                "Kim meets Putin");
        assertThat(page.select("#actors td a").eachText().get(0)).isEqualTo("Vladimir Putin");
    }

    @Test
    void theSearchPageShowsTheActorsOfTheLastWeekOfPublicationDates() {
        Document page = page("/", 200);

        assertThat(page.selectFirst("#recent h2").text()).isEqualTo("In the news 2023-09-15 to 2023-09-21");
        assertThat(page.selectFirst("#recent-window").text()).isEqualTo("The last 7 days of publication dates in the"
                + " store, up to its latest article (2023-09-21); counts are over the articles published then.");
        assertThat(page.select("#recent-actors tbody tr").eachText())
                .containsExactly("Vladimir Putin PERSON 1 1", "Evil Corp " + Docs.IMG + " ORGANIZATION 1 1");
        assertThat(page.select("#recent p.none").eachText()).containsExactly("No stories.");
    }

    @Test
    void anUnknownPageIsA404PageAndAnUnknownActorToo() {
        assertThat(page("/nowhere", 404).selectFirst("h1").text()).isEqualTo("Error 404");
        assertThat(page("/actors/99999", 404).selectFirst(".error").text()).isEqualTo("no actor #99999");
    }

    @Test
    void theNetworkPageDrawsTheActorsAndTheirEventAndQuoteLinks() {
        HttpResponse<String> response = server.get("/network");
        Document page = Jsoup.parse(response.body());
        Element svg = page.selectFirst("svg#network");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'none'; style-src 'self';"));
        assertThat(svg.select("a.label text").eachText())
                .containsExactlyInAnyOrder("Dmitry Peskov", "Vladivostok", "Kim Jong Un", "Vladimir Putin");
        assertThat(svg.select("a.node").eachAttr("href")).contains("/actors/" + actorId("Vladimir Putin"));
        assertThat(svg.select("line.edge > title").eachText()).containsExactlyInAnyOrder(
                "Dmitry Peskov → Vladivostok: quotes × 1, 2023-09-12", "Kim Jong Un → Vladimir Putin: CONSULT × 1, 2023-09-12");
        assertThat(svg.select(".legend-kinds text").eachText()).containsExactly("CONSULT", "quotes");
        assertThat(page.select("#network-edges tbody tr").stream().map(Element::text))
                .containsExactlyInAnyOrder("Dmitry Peskov quotes Vladivostok 1 2023-09-12 2023-09-12",
                        "Kim Jong Un CONSULT Vladimir Putin 1 2023-09-12 2023-09-12");
        assertThat(page.selectFirst("#network-counts").text()).isEqualTo("The 4 most active of 4 actors with events"
                + " or quotes, and the 2 links between them. Click an actor for its page.");
        assertThat(page.select("[style], script")).isEmpty();
    }

    @Test
    void theActorPageDrawsItsEventsPerDay() {
        Document putin = page("/actors/" + actorId("Vladimir Putin"), 200);
        Document peskov = page("/actors/" + actorId("Dmitry Peskov"), 200);

        assertThat(putin.select("svg#actor-timeline rect.bar").eachAttr("data-type")).containsExactly("CONSULT");
        assertThat(putin.selectFirst("svg#actor-timeline > title").text())
                .isEqualTo("Events per day with Vladimir Putin as source or target");
        assertThat(putin.select("#actor-timeline-days td").eachText()).containsExactly("2023-09-12", "1", "CONSULT 1");
        assertThat(peskov.select("svg#actor-timeline")).isEmpty();
        assertThat(peskov.select("p.none").eachText()).contains("No events.");
    }

    @Test
    void theNetworkPageFiltersByKindAndDate() {
        Document consult = page("/network?type=consult", 200);
        Document later = page("/network?from=2023-09-13&to=2023-12", 200);

        assertThat(consult.select("svg#network a.label text").eachText()).containsExactly("Kim Jong Un", "Vladimir Putin");
        assertThat(consult.selectFirst("#type").attr("value")).isEqualTo("consult");
        assertThat(later.select("svg#network circle")).isEmpty();
        assertThat(later.selectFirst("#network-counts").text()).startsWith("The 0 most active of 0 actors with events"
                + " or quotes dated 2023-09-13 to 2023-12,");
        assertThat(page("/network?from=last+week", 400).selectFirst(".error").text())
                .isEqualTo("from must be a date such as 2023, 2023-09 or 2023-09-12: last week");
    }

    @Test
    void theActorPageDrawsItsOwnNetworkWithItselfRinged() {
        Document putin = page("/actors/" + actorId("Vladimir Putin"), 200);
        Document evil = page("/actors/" + actorId("Evil Corp"), 200);

        Element svg = putin.selectFirst("svg#actor-network");
        assertThat(svg.select("a.label text").eachText()).containsExactly("Kim Jong Un", "Vladimir Putin");
        assertThat(svg.select("a.label text[font-weight=bold]").eachText()).containsExactly("Vladimir Putin");
        assertThat(putin.select("#actor-network-edges td").eachText())
                .containsExactly("Kim Jong Un", "CONSULT", "Vladimir Putin", "1", "2023-09-12", "2023-09-12");
        assertThat(evil.select("svg#actor-network")).isEmpty();
        assertThat(evil.select("p.none").eachText()).contains("No events or quotes link this actor to another.");
    }

    @Test
    void nothingFailedUnexpectedly() {
        page("/", 200);

        assertThat(server.log).isEmpty();
    }
}
