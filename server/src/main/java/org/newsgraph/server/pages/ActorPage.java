package org.newsgraph.server.pages;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;
import org.newsgraph.server.pictures.TimelinePicture;
import org.newsgraph.store.actors.ActorProfile;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.actors.Appearance;
import org.newsgraph.store.actors.Quote;
import org.newsgraph.store.actors.RoleStatement;
import org.newsgraph.store.events.StoredEvent;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.stories.StorySummary;

/**
 * An actor's page ({@code /actors/{id}}): its own network (the actors its events and quotes link
 * it to) and its events per day, its names, its role history, what it said and what was
 * said about it, its events on a timeline (oldest first), its stories and the articles that mention
 * it. Stateless.
 */
final class ActorPage {

    private ActorPage() {
    }

    /**
     * @param events   the events listed, oldest first
     * @param pictured the events counted on the timeline picture, which may be more
     */
    static String render(ActorProfile profile, List<StoredEvent> events, List<StoredEvent> pictured,
            List<StorySummary> stories, ActorNetwork own) {
        ActorSummary actor = profile.actor();
        Page page = new Page(actor.name());
        Element main = page.main();
        main.appendElement("h1").text(actor.name());
        main.appendElement("p").addClass("meta").text("#" + actor.id() + " · " + actor.type() + " · "
                + actor.mentions() + " mentions in " + actor.articles() + " articles");
        String url = actor.url();
        if (url != null) {
            main.appendElement("p").addClass("meta").text("Wikipedia: ").appendElement("a").addClass("wikipedia")
                    .attr("href", url).attr("rel", "external noopener").text(String.valueOf(actor.link()).replace('_', ' '));
        }
        main.appendElement("h2").text("Network");
        NetworkPage.appendOwn(main, actor.name(), actor.id(), own);
        main.appendElement("h2").text("Events per day");
        TimelineView.append(main, "actor-timeline", "Events per day with " + actor.name() + " as source or target",
                pictured.stream().map(e -> new TimelinePicture.Event(e.date(), e.type())).toList());
        Element columns = main.appendElement("div").addClass("actor-layout");
        Element left = columns.appendElement("section");
        Element right = columns.appendElement("section");

        left.appendElement("h2").text("Aliases");
        if (profile.aliases().isEmpty()) {
            Page.none(left, "No names.");
        } else {
            Element rows = Page.table(left, "aliases", "Name", "Articles", "Mentions");
            profile.aliases().forEach(a -> {
                Element row = rows.appendElement("tr");
                Page.cell(row, a.name());
                Page.cell(row, a.articles());
                Page.cell(row, a.mentions());
            });
        }
        left.appendElement("h2").text("Role history");
        if (profile.roles().isEmpty()) {
            Page.none(left, "No roles stated.");
        } else {
            Element rows = Page.table(left, "roles", "Date", "Role", "Of", "Article");
            for (RoleStatement role : profile.roles()) {
                Element row = rows.appendElement("tr");
                Page.cell(row, role.date());
                Page.cell(row, role.title()).attr("title", role.evidence());
                Page.cell(row, role.of());
                Page.linkCell(row, Page.articleHref(role.articleId()), role.articleId());
            }
        }
        left.appendElement("h2").text("Events");
        timeline(left, events);
        left.appendElement("h2").text("Stories");
        StoryPage.list(left, stories);

        right.appendElement("h2").text("Said by " + actor.name());
        said(right, "quotes-by", profile.quotes(), false);
        right.appendElement("h2").text("Said about " + actor.name());
        said(right, "quotes-about", profile.about(), true);
        right.appendElement("h2").text("Articles");
        if (profile.timeline().isEmpty()) {
            Page.none(right, "No articles mention this actor.");
        } else {
            Element rows = Page.table(right, "appearances", "Published", "Article", "Mentions");
            for (Appearance appearance : profile.timeline()) {
                Element row = rows.appendElement("tr");
                Page.cell(row, appearance.date());
                Page.linkCell(row, Page.articleHref(appearance.articleId()),
                        appearance.title() != null ? appearance.title() : appearance.articleId());
                Page.cell(row, appearance.mentions());
            }
        }
        return page.render();
    }

    private static void said(Element parent, String id, List<Quote> quotes, boolean withSpeaker) {
        if (quotes.isEmpty()) {
            Page.none(parent, "None.");
            return;
        }
        Element rows = withSpeaker ? Page.table(parent, id, "Date", "Speaker", "Cue", "What was said", "Article")
                : Page.table(parent, id, "Date", "Cue", "What was said", "Article");
        for (Quote quote : quotes) {
            Element row = rows.appendElement("tr");
            Page.cell(row, quote.date());
            if (withSpeaker) {
                Long speaker = quote.speakerId();
                if (speaker == null) {
                    Page.cell(row, quote.speaker()).addClass("att-source");
                } else {
                    Page.linkCell(row, Page.actorHref(speaker), quote.speaker()).addClass("att-source");
                }
            }
            Page.cell(row, quote.cue()).addClass("att-cue");
            Page.cell(row, quote.content()).addClass("att-content");
            Page.linkCell(row, Page.articleHref(quote.articleId()), quote.articleId());
        }
    }

    /** The events as a vertical timeline, one entry per date. */
    private static void timeline(Element parent, List<StoredEvent> events) {
        if (events.isEmpty()) {
            Page.none(parent, "No events with this actor as source or target.");
            return;
        }
        Element list = parent.appendElement("ol").addClass("timeline").attr("id", "timeline");
        String previous = "\u0000";
        Element day = null;
        for (StoredEvent event : events) {
            String date = event.date() == null ? "undated" : event.date();
            if (day == null || !Objects.equals(date, previous)) {
                Element item = list.appendElement("li");
                item.appendElement("time").text(date);
                day = item.appendElement("ul");
                previous = date;
            }
            Element entry = day.appendElement("li");
            entry.appendElement("span").addClass("ev-type").text(event.type());
            entry.appendText(" " + String.join("; ", event.sources()) + " ");
            entry.appendElement("span").addClass("ev-trigger").text(event.trigger());
            entry.appendText(" " + String.join("; ", event.targets()) + " (" + event.status() + ") ");
            entry.appendElement("a").attr("href", Page.articleHref(event.articleId())).text(event.articleId());
        }
    }
}
