package org.newsgraph.server.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkEdge;
import org.newsgraph.store.network.NetworkNode;

class NetworkPictureTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static NetworkNode node(long id, String name, String type, int articles) {
        return new NetworkNode(id, name, type, null, null, articles);
    }

    private static NetworkEdge edge(long source, long target, String kind, int count) {
        return new NetworkEdge(source, target, kind, count, "2016-09-08", count > 1 ? "2016-09-12" : "2016-09-08",
                List.of("a1"));
    }

    private static final ActorNetwork NETWORK = new ActorNetwork(
            List.of(node(1, "Ann Smith", "PERSON", 4), node(2, "Bob " + SCRIPT, "PERSON", 1),
                    node(3, "Acme", "ORGANIZATION", 9)),
            List.of(edge(1, 2, "ACCUSE", 3), edge(1, 3, "mentions", 4), edge(1, 3, "quotes", 2), edge(2, 1, "ACCUSE", 1)));

    private static String html(ActorNetwork network, Long centre) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        NetworkPicture.append(page.body(), "net", "Ann's network", network, centre, id -> "/actors/" + id);
        return page.body().html();
    }

    private static Element svg(ActorNetwork network, Long centre) {
        return Jsoup.parse(html(network, centre)).selectFirst("svg#net");
    }

    @Test
    void everyActorIsACircleSizedByItsArticlesAndLinkedToItsPage() {
        Element svg = svg(NETWORK, null);

        assertThat(svg.select("a.node").eachAttr("href")).containsExactly("/actors/1", "/actors/2", "/actors/3");
        assertThat(svg.select("a.node circle").eachAttr("r")).containsExactly("7", "5", "9");
        assertThat(svg.select("a.node circle").eachAttr("fill")).containsExactly("#2a6fdb", "#2a6fdb", "#8e44ad");
        assertThat(svg.select("a.label text").eachText()).containsExactly("Ann Smith", "Bob " + SCRIPT, "Acme");
        assertThat(svg.select("a.node > title").eachText()).containsExactly("Ann Smith (PERSON), 4 articles",
                "Bob " + SCRIPT + " (PERSON), 1 article", "Acme (ORGANIZATION), 9 articles");
        assertThat(svg.select("script")).isEmpty();
    }

    @Test
    void everyEdgeIsALineColouredByItsKindAndAsWideAsItsCount() {
        Element svg = svg(NETWORK, null);

        assertThat(svg.select("line.edge").eachAttr("data-kind")).containsExactly("ACCUSE", "ACCUSE", "mentions", "quotes");
        assertThat(svg.select("line.edge").eachAttr("stroke")).containsExactly("#e67e22", "#e67e22", "#bdc3c7", "#8e44ad");
        assertThat(svg.select("line.edge").eachAttr("stroke-width")).containsExactly("2.2", "1.5", "2.5", "1.9");
        assertThat(svg.select("line.edge").eachAttr("marker-end"))
                .containsExactly("url(#net-arrow-0)", "url(#net-arrow-0)", "url(#net-arrow-1)");
        assertThat(svg.select("line.edge > title").eachText()).containsExactly(
                "Ann Smith → Bob " + SCRIPT + ": ACCUSE × 3, 2016-09-08 to 2016-09-12",
                "Bob " + SCRIPT + " → Ann Smith: ACCUSE × 1, 2016-09-08",
                "Ann Smith – Acme: mentions × 4, 2016-09-08 to 2016-09-12",
                "Ann Smith → Acme: quotes × 2, 2016-09-08 to 2016-09-12");
        assertThat(svg.select("defs marker").eachAttr("id")).containsExactly("net-arrow-0", "net-arrow-1", "net-arrow-2");
    }

    @Test
    void thePictureHasATitleADescriptionAndLegends() {
        Element svg = svg(NETWORK, null);

        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("net-title net-desc");
        assertThat(svg.selectFirst("title#net-title").text()).isEqualTo("Ann's network");
        assertThat(svg.selectFirst("desc#net-desc").text()).isEqualTo("3 actors and 4 links (2 ACCUSE, 1 quotes, 1 mentions);"
                + " circles are sized by the articles that mention the actor, lines by their count.");
        assertThat(svg.select(".legend-kinds text").eachText()).containsExactly("ACCUSE", "quotes", "mentions");
        assertThat(svg.select(".legend-kinds rect").eachAttr("fill")).containsExactly("#e67e22", "#8e44ad", "#bdc3c7");
        assertThat(svg.select(".legend-types text").eachText()).containsExactly("ORGANIZATION", "PERSON");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 960 608");
        assertThat(svg.getAllElements()).allSatisfy(e -> assertThat(e.hasAttr("style")).isFalse());
    }

    @Test
    void theCentreIsRingedAndEmphasised() {
        Element svg = svg(NETWORK, 3L);

        assertThat(svg.select("a.node circle").eachAttr("stroke-width")).containsExactly("1.5", "1.5", "3");
        assertThat(svg.select("a.label text[font-weight=bold]").eachText()).containsExactly("Acme");
    }

    @Test
    void theSameNetworkGivesTheSamePicture() {
        assertThat(html(NETWORK, 1L)).isEqualTo(html(NETWORK, 1L));
    }

    @Test
    void theMostActiveActorsKeepTheEdgesBetweenThem() {
        ActorNetwork network = new ActorNetwork(
                List.of(node(1, "A", "PERSON", 1), node(2, "B", "PERSON", 1), node(3, "C", "PERSON", 1),
                        node(4, "D", "PERSON", 1), node(5, "E", "PERSON", 8)),
                List.of(edge(1, 2, "ACCUSE", 5), edge(2, 3, "quotes", 1), edge(3, 4, "AGREE", 1), edge(4, 5, "AGREE", 1)));

        ActorNetwork top = NetworkPicture.mostActive(network, 3, null);
        ActorNetwork kept = NetworkPicture.mostActive(network, 2, 5L);

        // B 6, A 5, then C, D and E with 2, 2 and 1: C and D tie, E has more articles but less activity.
        assertThat(top.nodes()).extracting(NetworkNode::name).containsExactly("A", "B", "C");
        assertThat(top.edges()).extracting(NetworkEdge::kind).containsExactly("ACCUSE", "quotes");
        // E is kept; B is the most active other actor, but has no edge to E, so only E is left.
        assertThat(kept.nodes()).extracting(NetworkNode::name).containsExactly("E");
        assertThat(kept.edges()).isEmpty();
    }

    @Test
    void anEmptyNetworkIsAnEmptyBoxWithItsTitle() {
        Element svg = svg(new ActorNetwork(List.of(), List.of()), null);

        assertThat(svg.select("circle, line")).isEmpty();
        assertThat(svg.selectFirst("desc").text()).startsWith("0 actors and 0 links;");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 960 560");
    }

    /**
     * 40 actors, each linked to the next three and to a hub, with names of 10 to 28 characters: the
     * layout packs them so tight that labels right of every circle (as drawn before label placement)
     * would overlap; the drawn labels' boxes, measured as {@link LabelPlacement} measures them, meet
     * no other, every one inside the picture, and the description counts the names left out.
     */
    @Test
    void onADenseNetworkNoTwoDrawnLabelsOverlap() {
        List<NetworkNode> nodes = new java.util.ArrayList<>();
        List<NetworkEdge> edges = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            nodes.add(node(i, ("Actor " + i + " " + "of the city council".substring(0, (i * 7) % 19)).strip(), i % 3 == 0
                    ? "ORGANIZATION" : "PERSON", 1 + (i * 5) % 13));
            for (int j = i + 1; j <= Math.min(40, i + 3); j++) {
                edges.add(edge(i, j, j % 2 == 0 ? "ACCUSE" : "quotes", 1 + (i + j) % 4));
            }
            if (i > 1) {
                edges.add(edge(1, i, "CONSULT", 1));
            }
        }
        ActorNetwork network = new ActorNetwork(nodes, edges);

        Element svg = svg(network, 1L);

        List<Element> texts = svg.select("a.label text");
        List<LabelPlacement.Box> drawn = texts.stream().map(t -> LabelPlacement.box(Double.parseDouble(t.attr("x")),
                Double.parseDouble(t.attr("y")), t.hasAttr("text-anchor") ? t.attr("text-anchor") : "start", t.text(),
                t.attr("font-weight").equals("bold"))).toList();
        for (int i = 0; i < drawn.size(); i++) {
            assertThat(drawn.get(i).inside(NetworkPicture.WIDTH, NetworkPicture.HEIGHT)).as(texts.get(i).text()).isTrue();
            for (int j = i + 1; j < drawn.size(); j++) {
                assertThat(drawn.get(i).intersects(drawn.get(j))).as("%s and %s", texts.get(i).text(), texts.get(j).text())
                        .isFalse();
            }
        }
        List<LabelPlacement.Box> rightOfEach = svg.select("a.node circle").stream().map(c -> {
            String name = c.parent().selectFirst("title").text().replaceFirst(" \\((PERSON|ORGANIZATION)\\).*", "");
            return LabelPlacement.box(Double.parseDouble(c.attr("cx")) + Double.parseDouble(c.attr("r")) + 3,
                    Double.parseDouble(c.attr("cy")) + 4, "start", name, false);
        }).toList();
        long naiveOverlaps = 0;
        for (int i = 0; i < rightOfEach.size(); i++) {
            for (int j = i + 1; j < rightOfEach.size(); j++) {
                naiveOverlaps += rightOfEach.get(i).intersects(rightOfEach.get(j)) ? 1 : 0;
            }
        }
        assertThat(naiveOverlaps).isGreaterThan(5);
        assertThat(svg.select("a.label text[font-weight=bold]").eachText()).containsExactly("Actor 1 of the");
        int hidden = 40 - texts.size();
        assertThat(svg.selectFirst("desc").text()).endsWith(hidden == 0 ? "by their count."
                : hidden + (hidden == 1 ? " name is" : " names are")
                        + " left out where it would overlap another, the table below lists every actor.");
    }
}
