package org.newsgraph.server.pages;

import java.util.List;
import org.jsoup.nodes.Element;
import org.newsgraph.server.pictures.TimelinePicture;
import org.newsgraph.store.claims.Conflict;
import org.newsgraph.store.stories.Story;
import org.newsgraph.store.stories.StoryArticle;
import org.newsgraph.store.stories.StoryEvent;
import org.newsgraph.store.stories.StorySummary;

/**
 * A story's page ({@code /stories/{id}}): its events per day, the articles and outlets that carry it, each marked as an
 * independent source or as a copy of an earlier article, its events with their sentences, and the
 * conflicting claims between its articles. Stateless.
 */
final class StoryPage {

    private StoryPage() {
    }

    static String render(Story story) {
        StorySummary summary = story.summary();
        Page page = new Page("Story " + summary.id());
        Element main = page.main();
        main.appendElement("h1").text(summary.label());
        String days = summary.firstDay() == null ? "undated"
                : summary.firstDay().equals(summary.lastDay()) ? summary.firstDay()
                        : summary.firstDay() + " to " + summary.lastDay();
        main.appendElement("p").addClass("meta").attr("id", "story-counts").text("#" + summary.id() + " · "
                + summary.type() + " · " + days + " · " + summary.events() + " events in " + summary.articles()
                + " articles · " + summary.independentSources() + " independent sources · " + summary.outlets()
                + " outlets");

        main.appendElement("h2").text("Events per day");
        TimelineView.append(main, "story-timeline", "Events per day of story " + summary.id(),
                story.events().stream().map(e -> new TimelinePicture.Event(e.day(), e.type())).toList());

        main.appendElement("h2").text("Articles");
        Element rows = Page.table(main, "story-articles", "Published", "Article", "Outlet", "Source");
        for (StoryArticle article : story.articles()) {
            Element row = rows.appendElement("tr");
            Page.cell(row, article.published());
            Page.linkCell(row, Page.articleHref(article.articleId()),
                    article.title() != null ? article.title() : article.articleId());
            Page.cell(row, article.outlet());
            if (article.copyOf() == null) {
                Page.cell(row, "independent").addClass("independent");
            } else {
                Element cell = row.appendElement("td").addClass("copy").text("copy of ");
                cell.appendElement("a").attr("href", Page.articleHref(article.copyOf())).text(article.copyOf());
            }
        }

        main.appendElement("h2").text("Events");
        Element events = Page.table(main, "story-events", "Day", "Type", "Status", "Sentence", "Article");
        for (StoryEvent event : story.events()) {
            Element row = events.appendElement("tr");
            Page.cell(row, event.day());
            Page.cell(row, event.type());
            Page.cell(row, event.status());
            sentence(row.appendElement("td"), event);
            Page.linkCell(row, Page.articleHref(event.articleId()), event.articleId());
        }

        main.appendElement("h2").text("Conflicting claims");
        conflicts(main, story.conflicts());
        return page.render();
    }

    /** The event's sentence with its trigger marked, when the trigger's words are found in it. */
    private static void sentence(Element cell, StoryEvent event) {
        String sentence = event.sentence();
        int at = sentence.indexOf(event.trigger());
        if (event.trigger().isEmpty() || at < 0) {
            cell.text(sentence);
            return;
        }
        cell.appendText(sentence.substring(0, at));
        cell.appendElement("span").addClass("ev-trigger").text(event.trigger());
        cell.appendText(sentence.substring(at + event.trigger().length()));
    }

    static void conflicts(Element parent, List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            Page.none(parent, "No conflicting claims found.");
            return;
        }
        Element rows = Page.table(parent, "conflicts", "Kind", "What differs", "One article says", "Another says");
        for (Conflict conflict : conflicts) {
            Element row = rows.appendElement("tr");
            Page.cell(row, conflict.kind());
            Page.cell(row, conflict.detail());
            side(row.appendElement("td"), conflict.first());
            side(row.appendElement("td"), conflict.second());
        }
    }

    private static void side(Element cell, Conflict.Side side) {
        cell.appendElement("span").addClass("att-content").text(side.text());
        cell.appendElement("br");
        if (side.source() != null) {
            cell.appendElement("span").addClass("att-source").text(side.source());
            cell.appendText(" · ");
        }
        cell.appendElement("a").attr("href", Page.articleHref(side.articleId())).text(side.articleId());
    }

    /** A list of stories: label, type, days and counts. */
    static void list(Element parent, List<StorySummary> stories) {
        list(parent, "stories", stories);
    }

    /** A list of stories as a table with this id. */
    static void list(Element parent, String id, List<StorySummary> stories) {
        if (stories.isEmpty()) {
            Page.none(parent, "No stories.");
            return;
        }
        Element rows = Page.table(parent, id, "Story", "Type", "Days", "Articles", "Independent sources");
        for (StorySummary story : stories) {
            Element row = rows.appendElement("tr");
            Page.linkCell(row, Page.storyHref(story.id()), story.label());
            Page.cell(row, story.type());
            Page.cell(row, story.firstDay() == null ? null
                    : story.firstDay().equals(story.lastDay()) ? story.firstDay() : story.firstDay() + " – " + story.lastDay());
            Page.cell(row, story.articles());
            Page.cell(row, story.independentSources());
        }
    }
}
