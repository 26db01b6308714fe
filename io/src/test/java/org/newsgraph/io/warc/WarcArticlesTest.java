package org.newsgraph.io.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a WARC written with jwarc: HTML 200 responses become articles, the rest is counted. */
class WarcArticlesTest {

    @TempDir
    Path dir;

    @Test
    void htmlPagesBecomeArticlesAndOtherRecordsAreCounted() throws IOException {
        Path file = WarcFixtures.write(dir.resolve("crawl.warc.gz"));

        List<WarcArticles.Page> pages = new ArrayList<>();
        WarcCounts counts;
        try (WarcArticles articles = WarcArticles.open(file, 1_000_000)) {
            articles.forEachRemaining(pages::add);
            counts = articles.counts();
        }

        assertThat(pages).extracting(WarcArticles.Page::url).containsExactly(
                "https://news.example.org/2024/harbour.html", "https://news.example.org/",
                "https://other.example.com/news/library?id=7");
        assertThat(pages.get(0).article().id()).isEqualTo("news.example.org/2024/harbour.html");
        assertThat(pages.get(0).article().title()).isEqualTo("Harbour wall to be rebuilt");
        assertThat(pages.get(0).article().text()).startsWith("The council of Port Ellis voted on Monday")
                .doesNotContain("Home").doesNotContain("Copyright");
        assertThat(pages.get(1).article()).isNull();
        assertThat(pages.get(1).problem()).isEqualTo("no article text found in the page");
        assertThat(pages.get(2).article().id()).isEqualTo("other.example.com/news/library");
        assertThat(counts).isEqualTo(new WarcCounts(3, 4));
        assertThat(WarcArticles.count(file)).isEqualTo(new WarcCounts(3, 4));
    }

    @Test
    void pagesOverTheSizeLimitAreRefused() throws IOException {
        Path file = WarcFixtures.write(dir.resolve("crawl.warc.gz"));

        try (WarcArticles articles = WarcArticles.open(file, 100)) {
            WarcArticles.Page first = articles.next();
            assertThat(first.article()).isNull();
            assertThat(first.problem()).isEqualTo("page is over the limit of 100 bytes");
        }
    }

    @Test
    void warcNames() {
        assertThat(WarcArticles.isWarc(Path.of("a/CC-NEWS-1.warc.gz"))).isTrue();
        assertThat(WarcArticles.isWarc(Path.of("crawl.WARC"))).isTrue();
        assertThat(WarcArticles.isWarc(Path.of("notes.txt"))).isFalse();
        assertThat(WarcArticles.isWarc(Path.of("page.html.gz"))).isFalse();
    }

    @Test
    void articleIdsAreHostAndPath() {
        assertThat(ArticleIds.of("https://WWW.Example.com/news/storm.html?ref=rss#top"))
                .isEqualTo("www.example.com/news/storm.html");
        assertThat(ArticleIds.of("http://example.com/")).isEqualTo("example.com");
        assertThat(ArticleIds.of("not a url")).isEqualTo("not a url");
    }
}
