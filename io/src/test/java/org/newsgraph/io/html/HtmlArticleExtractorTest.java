package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private HtmlArticle extract(String fixture, String url) {
        return extractor.extract(Fixtures.page(fixture), null, url, "page");
    }

    private static List<String> paragraphs(HtmlArticle page) {
        return List.of(page.article().text().split("\n\n"));
    }

    @Test
    void newsArticleKeepsTheBodyAndDropsEverythingAroundIt() {
        HtmlArticle page = extract("news-article.html", null);

        assertThat(paragraphs(page)).containsExactly(
                "The town council of Port Ellis voted on Monday to rebuild the harbour's sea wall, which storms "
                        + "damaged twice last winter.",
                "The work will cost 4.2 million pounds, of which the national flood fund pays two thirds, the "
                        + "council said.",
                "Work starts in May",
                "\"We cannot wait for a third storm,\" said the harbour master, Anna Berg, who asked for the "
                        + "repairs in January.",
                "Builders will close the north quay from May until the end of September.");
    }

    @Test
    void jsonLdGivesTitleDateAuthorsAndPublisher() {
        HtmlArticle page = extract("news-article.html", null);

        assertThat(page.article()).isEqualTo(new Article("page", page.article().text(),
                "Harbour town votes to rebuild sea wall", "2024-03-05T08:30:00Z",
                "https://news.example.org/2024/03/05/harbour-sea-wall", "The Coastal Courier"));
        assertThat(page.byline()).isEqualTo("Maria Lopez, Tom Reed");
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.canonicalUrl()).isEqualTo("https://news.example.org/2024/03/05/harbour-sea-wall");
    }

    @Test
    void openGraphOnlyPage() {
        HtmlArticle page = extract("opengraph-only.html", "https://blog.example.de/?p=12");

        assertThat(paragraphs(page)).containsExactly(
                "Der Stadtrat hat am Dienstag beschlossen, in der Altstadt drei neue Radwege zu bauen.",
                "Die Wege sollen bis zum Herbst fertig sein und verbinden den Bahnhof mit dem Marktplatz, der "
                        + "Schule und dem Hallenbad.",
                "Anwohner können ihre Vorschläge bis Ende Juli einreichen.");
        assertThat(page.article().title()).isEqualTo("Neue Radwege für die Altstadt");
        assertThat(page.article().published()).isEqualTo("2023-06-14T17:05:00+02:00");
        assertThat(page.article().source()).isEqualTo("Stadtblog Lindenau");
        assertThat(page.article().url()).isEqualTo("https://blog.example.de/radwege-altstadt/");
        assertThat(page.byline()).isEqualTo("Jonas Weber");
        assertThat(page.language()).isEqualTo("de");
    }

    @Test
    void aFetchedPageIsReadAtTheAddressItWasFetchedFromInTheCharsetTheServerNamed() {
        String text = "<html><head><title>Caf\u00e9 reopens</title></head><body><article><p>The caf\u00e9 on the "
                + "harbour front reopened on Saturday after a winter of repairs, its owner said, with a new terrace "
                + "and longer hours.</p></article></body></html>";
        FetchedPage page = new FetchedPage(java.net.URI.create("https://gazette.example.com/2024/04/06/cafe"),
                text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "ISO-8859-1", "text/html");

        HtmlArticle article = extractor.extract(page, "cafe");

        assertThat(article.article().id()).isEqualTo("cafe");
        assertThat(article.article().text()).startsWith("The caf\u00e9 on the harbour front reopened");
        assertThat(article.article().url()).isEqualTo("https://gazette.example.com/2024/04/06/cafe");
        assertThat(article.article().published()).isEqualTo("2024-04-06");
    }

    @Test
    void pageWithOnlyATimeElement() {
        HtmlArticle page = extract("time-only.html", "https://gazette.example.com/library-hours");

        assertThat(paragraphs(page)).containsExactly(
                "Northfield library will open until eight in the evening on weekdays from January, the county "
                        + "said on Tuesday.",
                "Longer hours were the most common request in last year's survey of readers, which drew 1,400 "
                        + "answers.");
        assertThat(page.article().title()).isEqualTo("Library extends opening hours");
        assertThat(page.article().published()).isEqualTo("2022-11-30");
        assertThat(page.article().url()).isEqualTo("https://gazette.example.com/library-hours");
        assertThat(page.article().source()).isNull();
        assertThat(page.byline()).isNull();
        assertThat(page.language()).isNull();
        assertThat(page.canonicalUrl()).isNull();
    }

    @Test
    void dateOnlyInTheUrl() {
        HtmlArticle page = extract("url-date.html", "https://example.org/2023/11/02/ferry-returns/");

        assertThat(page.article().published()).isEqualTo("2023-11-02");
        assertThat(page.article().title()).isEqualTo("Ferry service returns after repairs");
        assertThat(paragraphs(page)).containsExactly(
                "The island ferry sailed again on Thursday after three weeks in dry dock, the operator said.",
                "Timetables are unchanged; the first crossing leaves at seven, the last at nine in the evening.");
    }

    @Test
    void withoutItsUrlThePageHasNoDate() {
        assertThat(extract("url-date.html", null).article().published()).isNull();
    }

    @Test
    void indexPageHasNoArticleText() {
        HtmlArticle page = extract("index-page.html", "https://news.example.org/latest");

        assertThat(page.isEmpty()).isTrue();
        assertThat(page.article().title()).isEqualTo("Latest news");
    }

    @Test
    void textInputGivesTheSameAsBytes() {
        String html = new String(Fixtures.page("time-only.html"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(extractor.extract(html, null, "page")).isEqualTo(extract("time-only.html", null));
    }

    @Test
    void breakTagsMakeLinesAndTwoOfThemAParagraph() {
        String html = "<html><body><div class='content'>Roses are red, the garden is full of them this year.<br>"
                + "Violets are blue and grow by the wall.<br><br>The end of the poem comes after a long pause."
                + "</div></body></html>";

        assertThat(extractor.extract(html, null, "p").article().text()).isEqualTo(
                "Roses are red, the garden is full of them this year.\nViolets are blue and grow by the wall.\n\n"
                        + "The end of the poem comes after a long pause.");
    }

    @Test
    void dateInsideASentenceStays() {
        String html = "<html><body><article><p>The council met on <time datetime='2024-01-08'>Monday</time> and "
                + "agreed the budget for the next two years after a long debate.</p></article></body></html>";

        HtmlArticle page = extractor.extract(html, null, "p");

        assertThat(page.article().text()).isEqualTo("The council met on Monday and agreed the budget for the next "
                + "two years after a long debate.");
        assertThat(page.article().published()).isEqualTo("2024-01-08");
    }

    @Test
    void titleFallsBackToTheTitleElementWithoutTheSiteName() {
        String html = "<html><head><title>Council agrees budget | Daily Bugle</title>"
                + "<meta property='og:site_name' content='Daily Bugle'></head><body><p>x</p></body></html>";

        assertThat(extractor.extract(html, null, "p").article().title()).isEqualTo("Council agrees budget");
    }

    @Test
    void siteNameFirstInTheTitleGoesToo() {
        String html = "<html><head><title>Daily Bugle - Council agrees budget</title></head><body></body></html>";

        assertThat(extractor.extract(html, "https://www.dailybugle.example/news/1", "p").article().title())
                .isEqualTo("Council agrees budget");
    }

    @Test
    void breadcrumbTitleKeepsItsLongestPart() {
        String html = "<html><head><title>Notes » Blog » Why the harbour wall failed</title></head></html>";

        assertThat(extractor.extract(html, "https://notes.example", "p").article().title())
                .isEqualTo("Why the harbour wall failed");
    }

    @Test
    void bracketedSiteNameGoesButQuotationMarksStay() {
        String html = "<html><head><meta property='og:title' content='»Wir bleiben hier« (Valley News)'>"
                + "<meta property='og:site_name' content='Valley News'></head></html>";

        assertThat(extractor.extract(html, null, "p").article().title()).isEqualTo("»Wir bleiben hier«");
    }

    @Test
    void ogTitleThatIsOnlyTheSiteNameIsPassedOver() {
        String html = "<html><head><meta property='og:title' content='Valley News'>"
                + "<meta property='og:site_name' content='Valley News'></head>"
                + "<body><h1>Bridge reopens after repairs</h1></body></html>";

        assertThat(extractor.extract(html, null, "p").article().title()).isEqualTo("Bridge reopens after repairs");
    }

    @Test
    void malformedJsonLdIsSkipped() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property='article:published_time' content='2021-05-04'></head><body></body></html>";

        assertThat(extractor.extract(html, null, "p").article().published()).isEqualTo("2021-05-04");
    }

    @Test
    void jsonLdEntitiesAreDecoded() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": "
                + "\"O&#039;Neill wins &amp; celebrates\", \"author\": {\"name\": \"Lindsey O&#039;Donnell\"}}"
                + "</script></head><body></body></html>";

        HtmlArticle page = extractor.extract(html, null, "p");

        assertThat(page.article().title()).isEqualTo("O'Neill wins & celebrates");
        assertThat(page.byline()).isEqualTo("Lindsey O'Donnell");
    }
}
