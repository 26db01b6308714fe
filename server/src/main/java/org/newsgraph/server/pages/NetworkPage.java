package org.newsgraph.server.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.newsgraph.server.pictures.NetworkPicture;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;

/**
 * The network page ({@code /network}): the most active actors of the stored articles and the
 * events and quotes between them as a picture, with a form for the kind and dates, and the same
 * edges as a table for readers without pictures. Also draws an actor's own network on its page.
 * Stateless.
 */
final class NetworkPage {

    /** Most actors in the picture of {@code /network}. */
    static final int ACTORS = 40;
    /** Most counterparts in the picture of an actor's own network. */
    static final int COUNTERPARTS = 30;

    private NetworkPage() {
    }

    /**
     * @param whole the network the filters let through
     * @param kind  the kind asked for, or null
     * @param from  the first date asked for, or null
     * @param to    the last date asked for, or null
     */
    static String render(ActorNetwork whole, @Nullable String kind, @Nullable String from, @Nullable String to) {
        Page page = new Page("Network");
        Element main = page.main();
        main.appendElement("h1").text("Actor network");
        Element form = main.appendElement("form").attr("method", "get").attr("action", "/network").addClass("filters");
        input(form, "type", "Kind", kind, "ACCUSE, quotes, mentions…");
        input(form, "from", "From", from, "2016-09-01");
        input(form, "to", "To", to, "2016-09-30");
        form.appendElement("button").attr("type", "submit").text("Show");
        ActorNetwork shown = NetworkPicture.mostActive(whole, ACTORS, null);
        main.appendElement("p").addClass("meta").attr("id", "network-counts").text("The " + shown.nodes().size()
                + " most active of " + whole.nodes().size() + " actors with " + (kind == null ? "events or quotes" : kind)
                + (from == null && to == null ? "" : " dated " + range(from, to))
                + ", and the " + shown.edges().size() + " links between them. Click an actor for its page.");
        picture(main, "network", "The most active actors and the links between them", shown, null);
        return page.render();
    }

    /** An actor's own network on its page: its busiest counterparts, the picture and the table. */
    static void appendOwn(Element parent, String name, long actorId, ActorNetwork own) {
        ActorNetwork shown = NetworkPicture.mostActive(own, COUNTERPARTS + 1, actorId);
        if (shown.edges().isEmpty()) {
            Page.none(parent, "No events or quotes link this actor to another.");
            return;
        }
        picture(parent, "actor-network", "The actors linked to " + name + " by events and quotes", shown, actorId);
    }

    private static void picture(Element parent, String id, String title, ActorNetwork shown, @Nullable Long centre) {
        Element figure = parent.appendElement("figure").addClass("picture-frame");
        NetworkPicture.append(figure, id, title, shown, centre, Page::actorHref);
        Element details = parent.appendElement("details").addClass("picture-data");
        details.appendElement("summary").text("The links as a table (" + shown.edges().size() + ")");
        if (shown.edges().isEmpty()) {
            Page.none(details, "No links.");
            return;
        }
        Map<Long, String> names = new HashMap<>();
        shown.nodes().forEach(n -> names.put(n.actorId(), n.name()));
        Element rows = Page.table(details, id + "-edges", "Source", "Kind", "Target", "Count", "First", "Last");
        for (NetworkEdge edge : byCount(shown.edges())) {
            Element row = rows.appendElement("tr");
            Page.linkCell(row, Page.actorHref(edge.source()), names.get(edge.source()));
            Page.cell(row, edge.kind());
            Page.linkCell(row, Page.actorHref(edge.target()), names.get(edge.target()));
            Page.cell(row, edge.count());
            Page.cell(row, edge.firstDate());
            Page.cell(row, edge.lastDate());
        }
    }

    /** Largest count first; the network's own order (source, target, kind) on a tie. */
    private static List<NetworkEdge> byCount(List<NetworkEdge> edges) {
        return edges.stream().sorted((a, b) -> Integer.compare(b.count(), a.count())).toList();
    }

    private static void input(Element form, String name, String label, @Nullable String value, String example) {
        Element field = form.appendElement("label").text(label + " ");
        field.appendElement("input").attr("type", "text").attr("name", name).attr("id", name)
                .attr("placeholder", example).attr("value", value == null ? "" : value);
    }

    private static String range(@Nullable String from, @Nullable String to) {
        return from == null ? "up to " + to : to == null ? "from " + from : from + " to " + to;
    }
}
