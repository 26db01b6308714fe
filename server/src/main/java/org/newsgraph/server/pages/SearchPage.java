package org.newsgraph.server.pages;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.actors.Quote;
import org.newsgraph.store.dedup.ArticleSummary;
import org.newsgraph.store.questions.Recent;
import org.newsgraph.store.questions.SearchResults;
import org.newsgraph.store.stories.StorySummary;

/**
 * The search page ({@code /}): a box, and what a search found among actors, articles and quotes;
 * without a search, the most active actors and stories of the last days, the latest articles, the stories with the most independent sources and the most
 * mentioned actors. Stateless.
 */
final class SearchPage {

    private SearchPage() {
    }

    static String render(@Nullable String q, @Nullable SearchResults found, @Nullable Recent recent,
            List<ArticleSummary> latest, List<ActorSummary> top, List<StorySummary> stories) {
        Page page = new Page(q == null ? "Search" : "Search: " + q);
        Element main = page.main();
        Element form = main.appendElement("form").attr("method", "get").attr("action", "/").addClass("search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "q")
                .attr("placeholder", "An actor, a word of a title, words of a quote").attr("value", q == null ? "" : q);
        form.appendElement("button").attr("type", "submit").text("Search");
        if (found == null) {
            if (recent != null) {
                recent(main, recent);
            }
            main.appendElement("h2").text("Latest articles");
            articles(main, latest);
            main.appendElement("h2").text("Stories with the most independent sources");
            StoryPage.list(main, stories);
            main.appendElement("h2").text("Most mentioned actors");
            actors(main, top);
            return page.render();
        }
        main.appendElement("h2").text("Actors (" + found.actors().size() + ")");
        actors(main, found.actors());
        main.appendElement("h2").text("Articles (" + found.articles().size() + ")");
        articles(main, found.articles());
        main.appendElement("h2").text("Quotes (" + found.quotes().size() + ")");
        quotes(main, found.quotes());
        return page.render();
    }

    /** The most active actors and stories of the last days of publication dates, saying which days. */
    private static void recent(Element main, Recent recent) {
        Element section = main.appendElement("section").attr("id", "recent");
        section.appendElement("h2").text("In the news " + recent.from() + " to " + recent.to());
        section.appendElement("p").addClass("meta").attr("id", "recent-window").text("The last " + recent.days()
                + " days of publication dates in the store, up to its latest article (" + recent.to()
                + "); counts are over the articles published then.");
        Element columns = section.appendElement("div").addClass("actor-layout");
        Element left = columns.appendElement("div");
        left.appendElement("h3").text("Most active actors");
        actors(left, "recent-actors", recent.actors());
        Element right = columns.appendElement("div");
        right.appendElement("h3").text("Stories going on");
        StoryPage.list(right, "recent-stories", recent.stories());
    }

    static void actors(Element parent, List<ActorSummary> actors) {
        actors(parent, "actors", actors);
    }

    private static void actors(Element parent, String id, List<ActorSummary> actors) {
        if (actors.isEmpty()) {
            Page.none(parent, "No actors.");
            return;
        }
        Element rows = Page.table(parent, id, "Actor", "Type", "Articles", "Mentions");
        for (ActorSummary actor : actors) {
            Element row = rows.appendElement("tr");
            Page.linkCell(row, Page.actorHref(actor.id()), actor.name());
            Page.cell(row, actor.type());
            Page.cell(row, actor.articles());
            Page.cell(row, actor.mentions());
        }
    }

    static void articles(Element parent, List<ArticleSummary> articles) {
        if (articles.isEmpty()) {
            Page.none(parent, "No articles.");
            return;
        }
        Element rows = Page.table(parent, "articles", "Published", "Article", "Outlet", "Copy of");
        for (ArticleSummary article : articles) {
            Element row = rows.appendElement("tr");
            Page.cell(row, article.published());
            Page.linkCell(row, Page.articleHref(article.id()), article.title() != null ? article.title() : article.id());
            Page.cell(row, article.source());
            if (article.copyOf() == null) {
                Page.cell(row, null);
            } else {
                Page.linkCell(row, Page.articleHref(article.copyOf()), article.copyOf());
            }
        }
    }

    static void quotes(Element parent, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            Page.none(parent, "No quotes.");
            return;
        }
        Element rows = Page.table(parent, "quotes", "Date", "Speaker", "Cue", "What was said", "Article");
        for (Quote quote : quotes) {
            Element row = rows.appendElement("tr");
            Page.cell(row, quote.date());
            Long speaker = quote.speakerId();
            if (speaker == null) {
                Page.cell(row, quote.speaker()).addClass("att-source");
            } else {
                Page.linkCell(row, Page.actorHref(speaker), quote.speaker()).addClass("att-source");
            }
            Page.cell(row, quote.cue()).addClass("att-cue");
            Page.cell(row, quote.content()).addClass("att-content");
            Page.linkCell(row, Page.articleHref(quote.articleId()), quote.articleId());
        }
    }
}
