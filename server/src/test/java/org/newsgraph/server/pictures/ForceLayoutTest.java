package org.newsgraph.server.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.pictures.ForceLayout.Link;
import org.newsgraph.server.pictures.ForceLayout.Point;

class ForceLayoutTest {

    private static final ForceLayout LAYOUT = ForceLayout.of(900, 600);

    /** Forty nodes of radius 4 to 16 and eighty random links, from a seeded generator. */
    private static List<Double> radii(int n, long seed) {
        Random random = new Random(seed);
        List<Double> radii = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            radii.add(4 + 12 * random.nextDouble());
        }
        return radii;
    }

    private static List<Link> links(int n, int count, long seed) {
        Random random = new Random(seed);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            links.add(new Link(random.nextInt(n), random.nextInt(n), 1 + random.nextInt(5)));
        }
        return links;
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    @Test
    void theSameInputGivesTheSamePositions() {
        List<Point> first = LAYOUT.place(radii(40, 1), links(40, 80, 2));
        List<Point> second = LAYOUT.place(radii(40, 1), links(40, 80, 2));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherPositions() {
        List<Point> first = LAYOUT.place(radii(10, 1), links(10, 12, 2));
        List<Point> second = new ForceLayout(900, 600, 18, 300).place(radii(10, 1), links(10, 12, 2));

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void everyCircleStaysInsideTheBox() {
        for (long seed = 0; seed < 5; seed++) {
            List<Double> radii = radii(40, seed);
            List<Point> points = LAYOUT.place(radii, links(40, 80, seed + 100));
            for (int i = 0; i < points.size(); i++) {
                double r = radii.get(i);
                assertThat(points.get(i).x()).isBetween(r + ForceLayout.GAP, 900 - r - ForceLayout.GAP);
                assertThat(points.get(i).y()).isBetween(r + ForceLayout.GAP, 600 - r - ForceLayout.GAP);
            }
        }
    }

    @Test
    void noTwoCirclesOverlap() {
        for (long seed = 0; seed < 5; seed++) {
            List<Double> radii = radii(40, seed);
            List<Point> points = LAYOUT.place(radii, links(40, 80, seed + 100));
            for (int i = 0; i < points.size(); i++) {
                for (int j = i + 1; j < points.size(); j++) {
                    assertThat(distance(points.get(i), points.get(j))).as("nodes %d and %d", i, j)
                            .isGreaterThanOrEqualTo(radii.get(i) + radii.get(j));
                }
            }
        }
    }

    @Test
    void circlesPlacedOnTopOfEachOtherArePushedApart() {
        ForceLayout still = new ForceLayout(500, 500, 3, 0);

        List<Point> points = still.place(List.of(100.0, 100.0, 100.0), List.of());

        assertThat(distance(points.get(0), points.get(1))).isGreaterThanOrEqualTo(200);
        assertThat(distance(points.get(0), points.get(2))).isGreaterThanOrEqualTo(200);
        assertThat(distance(points.get(1), points.get(2))).isGreaterThanOrEqualTo(200);
    }

    @Test
    void linkedNodesEndUpCloserThanUnlinkedOnes() {
        // Two triangles, and no link between them.
        List<Link> links = List.of(new Link(0, 1, 1), new Link(1, 2, 1), new Link(2, 0, 1),
                new Link(3, 4, 1), new Link(4, 5, 1), new Link(5, 3, 1));

        List<Point> points = LAYOUT.place(List.of(6.0, 6.0, 6.0, 6.0, 6.0, 6.0), links);

        double within = 0;
        double across = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = i + 1; j < 6; j++) {
                if (i / 3 == j / 3) {
                    within = Math.max(within, distance(points.get(i), points.get(j)));
                } else {
                    across += distance(points.get(i), points.get(j)) / 9;
                }
            }
        }
        assertThat(within).isLessThan(across);
    }

    @Test
    void oneNodeAndNoNodesArePlaced() {
        assertThat(LAYOUT.place(List.of(), List.of())).isEmpty();
        Point only = LAYOUT.place(List.of(10.0), List.of()).get(0);
        assertThat(only.x()).isBetween(12.0, 888.0);
        assertThat(only.y()).isBetween(12.0, 588.0);
    }

    @Test
    void aLinkToAMissingNodeOrACircleTooBigForTheBoxIsRefused() {
        assertThatThrownBy(() -> LAYOUT.place(List.of(5.0, 5.0), List.of(new Link(0, 2, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a link names node 2 of 2");
        assertThatThrownBy(() -> LAYOUT.place(List.of(400.0), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("radius 400.0 does not fit a box of 900.0 x 600.0");
        assertThatThrownBy(() -> new ForceLayout(0, 600, 1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
