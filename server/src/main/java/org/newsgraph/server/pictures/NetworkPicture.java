package org.newsgraph.server.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;
import org.newsgraph.server.pictures.ForceLayout.Link;
import org.newsgraph.server.pictures.ForceLayout.Point;
import org.newsgraph.server.pictures.LabelPlacement.Label;

/**
 * An actor network drawn as SVG: a circle per actor, sized by the articles that mention it and
 * coloured by its entity type, each linked to the actor's page and labelled with its name; a line
 * per edge, coloured by its kind (event type, quotes, mentions), as wide as its count allows and
 * with an arrowhead when it has a direction; edges between the same two actors run side by side.
 * The names are placed by {@link LabelPlacement} so that no two overlap, the lower-ranked left out
 * where there is no room (the description says how many).
 * Positions come from a {@link ForceLayout}, so the same network always gives the same picture.
 * Legends of the edge kinds and node types close it. Stateless.
 */
public final class NetworkPicture {

    /** Width of the area the nodes are laid out in. */
    public static final double WIDTH = 960;
    /** Height of that area. */
    public static final double HEIGHT = 560;
    /** Room above the legends. */
    private static final double LEGEND_TOP = 8;
    /** Space between edges that run side by side. */
    private static final double PARALLEL = 4;

    private NetworkPicture() {
    }

    /**
     * The part of a network around its most active actors: the {@code max} actors with the largest
     * sum of edge counts (more articles, then the smaller id first on a tie), always including
     * {@code keep} when it is in the network, the edges between them, and of those actors only the
     * ones left with an edge (or {@code keep}).
     */
    public static ActorNetwork mostActive(ActorNetwork network, int max, @Nullable Long keep) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        Map<Long, Long> activity = activity(network);
        List<NetworkNode> ranked = network.nodes().stream()
                .sorted(Comparator.comparingLong((NetworkNode n) -> n.actorId() == Objects.requireNonNullElse(keep, -1L)
                        ? Long.MIN_VALUE : -activity.getOrDefault(n.actorId(), 0L))
                        .thenComparing(Comparator.comparingInt(NetworkNode::articleCount).reversed())
                        .thenComparingLong(NetworkNode::actorId))
                .limit(max)
                .toList();
        Set<Long> chosen = ranked.stream().map(NetworkNode::actorId).collect(Collectors.toSet());
        List<NetworkEdge> edges = network.edges().stream()
                .filter(e -> chosen.contains(e.source()) && chosen.contains(e.target()))
                .toList();
        Set<Long> ends = new TreeSet<>();
        edges.forEach(e -> {
            ends.add(e.source());
            ends.add(e.target());
        });
        List<NetworkNode> nodes = network.nodes().stream()
                .filter(n -> ends.contains(n.actorId()) || n.actorId() == Objects.requireNonNullElse(keep, -1L))
                .toList();
        return new ActorNetwork(nodes, edges);
    }

    /**
     * Appends the picture of {@code network} to {@code parent} and returns its {@code <svg>}.
     *
     * @param id      the element id, also the prefix of the ids inside it
     * @param title   what the picture shows, for its {@code <title>}
     * @param centre  the actor whose own network it is, drawn with a thick ring; null for none
     * @param href    the link of an actor's page
     */
    public static Element append(Element parent, String id, String title, ActorNetwork network, @Nullable Long centre,
            LongFunction<String> href) {
        List<NetworkNode> nodes = network.nodes();
        Map<Long, Integer> index = new HashMap<>();
        List<Double> radii = new ArrayList<>();
        for (NetworkNode node : nodes) {
            index.put(node.actorId(), index.size());
            radii.add(radius(node.articleCount()));
        }
        Map<String, Double> pairWeights = new TreeMap<>();
        for (NetworkEdge edge : network.edges()) {
            pairWeights.merge(pair(edge), (double) edge.count(), Double::sum);
        }
        List<Link> links = new ArrayList<>();
        pairWeights.forEach((pair, weight) -> {
            String[] ends = pair.split(" ");
            links.add(new Link(index.get(Long.parseLong(ends[0])), index.get(Long.parseLong(ends[1])), weight));
        });
        List<Point> points = ForceLayout.of(WIDTH, HEIGHT).place(radii, links);

        List<String> kinds = Colours.inLegendOrder(network.edges().stream().map(NetworkEdge::kind).toList());
        List<String> types = nodes.stream().map(NetworkNode::type).distinct().sorted().toList();
        double legends = Svg.legendHeight(kinds.size(), WIDTH) + Svg.legendHeight(types.size(), WIDTH);
        double height = HEIGHT + (legends > 0 ? LEGEND_TOP + legends : 0);
        List<Optional<Label>> labels = labels(network, points, radii, centre);
        long hidden = labels.stream().filter(Optional::isEmpty).count();
        Element svg = Svg.root(parent, id, WIDTH, height, title, description(network, kinds, hidden));
        svg.addClass("network");
        arrowheads(svg.appendElement("defs"), id, kinds);

        Element lines = svg.appendElement("g").addClass("edges");
        Map<String, List<NetworkEdge>> byPair = new LinkedHashMap<>();
        network.edges().forEach(e -> byPair.computeIfAbsent(pair(e), k -> new ArrayList<>()).add(e));
        Map<Long, String> names = new HashMap<>();
        nodes.forEach(n -> names.put(n.actorId(), n.name()));
        byPair.values().forEach(side -> {
            for (int i = 0; i < side.size(); i++) {
                NetworkEdge edge = side.get(i);
                int from = index.get(edge.source());
                int to = index.get(edge.target());
                edge(lines, id, kinds, edge, points.get(from), radii.get(from), points.get(to), radii.get(to),
                        (i - (side.size() - 1) / 2.0) * PARALLEL, names);
            }
        });

        Element circles = svg.appendElement("g").addClass("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            node(circles, nodes.get(i), points.get(i), radii.get(i), Objects.equals(centre, nodes.get(i).actorId()), href);
        }
        // The names over all the circles, so that a circle drawn later never hides a name.
        Element labelLayer = svg.appendElement("g").addClass("labels");
        for (int i = 0; i < nodes.size(); i++) {
            int at = i;
            labels.get(i).ifPresent(spot -> label(labelLayer, nodes.get(at), spot, Objects.equals(centre,
                    nodes.get(at).actorId()), href));
        }
        double y = HEIGHT + LEGEND_TOP;
        Svg.legend(svg, "legend-kinds", kinds, kinds.stream().map(Colours::ofKind).toList(), false, 0, y, WIDTH);
        Svg.legend(svg, "legend-types", types, types.stream().map(Colours::ofEntity).toList(), true, 0,
                y + Svg.legendHeight(kinds.size(), WIDTH), WIDTH);
        return svg;
    }

    /** A node's radius: from 5 for one article, growing with the square root of the count, at most 24. */
    static double radius(int articles) {
        return Math.min(24, 3 + 2 * Math.sqrt(Math.max(1, articles)));
    }

    /** A line's width: 1.5 for a count of one, growing with the square root of the count, at most 8. */
    static double width(int count) {
        return Math.min(8, 0.5 + Math.sqrt(Math.max(1, count)));
    }

    private static String pair(NetworkEdge edge) {
        return Math.min(edge.source(), edge.target()) + " " + Math.max(edge.source(), edge.target());
    }

    /**
     * The labels, placed by {@link LabelPlacement} in order of rank: the centre, then the actors with
     * the largest sum of edge counts, then more articles, then the smaller id.
     */
    private static List<Optional<Label>> labels(ActorNetwork network, List<Point> points, List<Double> radii,
            @Nullable Long centre) {
        List<NetworkNode> nodes = network.nodes();
        Map<Long, Long> activity = activity(network);
        List<LabelPlacement.Item> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(new LabelPlacement.Item(points.get(i), radii.get(i), labelText(nodes.get(i)),
                    Objects.equals(centre, nodes.get(i).actorId())));
        }
        List<Integer> order = IntStream.range(0, nodes.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> Objects.equals(centre, nodes.get(i).actorId()) ? 0 : 1)
                        .thenComparingLong(i -> -activity.getOrDefault(nodes.get(i).actorId(), 0L))
                        .thenComparingInt(i -> -nodes.get(i).articleCount())
                        .thenComparingLong(i -> nodes.get(i).actorId()))
                .toList();
        return LabelPlacement.place(items, order, WIDTH, HEIGHT);
    }

    /** Each actor's sum of the counts of its edges. */
    private static Map<Long, Long> activity(ActorNetwork network) {
        Map<Long, Long> activity = new HashMap<>();
        for (NetworkEdge edge : network.edges()) {
            activity.merge(edge.source(), (long) edge.count(), Long::sum);
            activity.merge(edge.target(), (long) edge.count(), Long::sum);
        }
        return activity;
    }

    /** A node's label: its name, cut to 30 characters. */
    static String labelText(NetworkNode node) {
        return node.name().length() > 30 ? node.name().substring(0, 29) + "…" : node.name();
    }

    private static String description(ActorNetwork network, List<String> kinds, long hidden) {
        Map<String, Integer> perKind = new HashMap<>();
        network.edges().forEach(e -> perKind.merge(e.kind(), 1, Integer::sum));
        String edges = kinds.stream().map(k -> perKind.get(k) + " " + k).collect(Collectors.joining(", "));
        return network.nodes().size() + " actors and " + network.edges().size() + " links"
                + (edges.isEmpty() ? "" : " (" + edges + ")")
                + "; circles are sized by the articles that mention the actor, lines by their count"
                + (hidden == 0 ? "." : "; " + hidden + (hidden == 1 ? " name is" : " names are")
                        + " left out where it would overlap another, the table below lists every actor.");
    }

    private static void arrowheads(Element defs, String id, List<String> kinds) {
        for (int i = 0; i < kinds.size(); i++) {
            Element marker = defs.appendElement("marker").attr("id", id + "-arrow-" + i).attr("viewBox", "0 0 10 10")
                    .attr("refX", "9").attr("refY", "5").attr("markerUnits", "userSpaceOnUse").attr("markerWidth", "9")
                    .attr("markerHeight", "9")
                    .attr("orient", "auto");
            marker.appendElement("path").attr("d", "M0,0 L10,5 L0,10 z").attr("fill", Colours.ofKind(kinds.get(i)));
        }
    }

    private static void edge(Element parent, String id, List<String> kinds, NetworkEdge edge, Point from, double fromRadius, Point to,
            double toRadius, double offset, Map<Long, String> names) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.max(Math.hypot(dx, dy), 1e-9);
        double ux = dx / length;
        double uy = dy / length;
        // Edges of one pair are offset to the same side whichever way they point.
        double sign = edge.source() < edge.target() ? 1 : -1;
        double ox = -uy * offset * sign;
        double oy = ux * offset * sign;
        Element line = parent.appendElement("line").addClass("edge")
                .attr("x1", Svg.number(from.x() + ux * fromRadius + ox)).attr("y1", Svg.number(from.y() + uy * fromRadius + oy))
                .attr("x2", Svg.number(to.x() - ux * toRadius + ox)).attr("y2", Svg.number(to.y() - uy * toRadius + oy))
                .attr("stroke", Colours.ofKind(edge.kind())).attr("stroke-width", Svg.number(width(edge.count())))
                .attr("stroke-opacity", "0.8").attr("data-kind", edge.kind());
        if (edge.directed()) {
            line.attr("marker-end", "url(#" + id + "-arrow-" + kinds.indexOf(edge.kind()) + ")");
        }
        String dates = edge.firstDate() == null ? ""
                : edge.firstDate().equals(edge.lastDate()) ? ", " + edge.firstDate()
                        : ", " + edge.firstDate() + " to " + edge.lastDate();
        line.appendElement("title").text(names.get(edge.source()) + (edge.directed() ? " → " : " – ")
                + names.get(edge.target()) + ": " + edge.kind() + " × " + edge.count() + dates);
    }

    private static void node(Element parent, NetworkNode node, Point at, double radius, boolean centre,
            LongFunction<String> href) {
        Element link = parent.appendElement("a").attr("href", href.apply(node.actorId())).addClass("node");
        link.appendElement("title").text(node.name() + " (" + node.type() + "), " + node.articleCount()
                + (node.articleCount() == 1 ? " article" : " articles"));
        link.appendElement("circle").attr("cx", Svg.number(at.x())).attr("cy", Svg.number(at.y()))
                .attr("r", Svg.number(radius)).attr("fill", Colours.ofEntity(node.type()))
                .attr("fill-opacity", "0.85").attr("stroke", centre ? "#1d2430" : "#ffffff")
                .attr("stroke-width", centre ? "3" : "1.5");
    }

    /** A name, a second link to the actor's page that keyboards and screen readers skip (the circle's link names it). */
    private static void label(Element parent, NetworkNode node, Label spot, boolean centre, LongFunction<String> href) {
        Element link = parent.appendElement("a").attr("href", href.apply(node.actorId())).addClass("label")
                .attr("tabindex", "-1").attr("aria-hidden", "true");
        Element label = link.appendElement("text").attr("x", Svg.number(spot.x())).attr("y", Svg.number(spot.y()))
                .attr("font-size", Svg.number(LabelPlacement.FONT_SIZE));
        if (!spot.anchor().equals("start")) {
            label.attr("text-anchor", spot.anchor());
        }
        if (centre) {
            label.attr("font-weight", "bold");
        }
        label.text(labelText(node));
    }
}
