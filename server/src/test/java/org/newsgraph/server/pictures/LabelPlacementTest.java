package org.newsgraph.server.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.pictures.ForceLayout.Point;
import org.newsgraph.server.pictures.LabelPlacement.Box;
import org.newsgraph.server.pictures.LabelPlacement.Item;
import org.newsgraph.server.pictures.LabelPlacement.Label;

class LabelPlacementTest {

    private static Item item(double x, double y, String text) {
        return new Item(new Point(x, y), 5, text, false);
    }

    @Test
    void aWidthIsTheSumOfItsCharactersWidths() {
        // i is narrow (0.36 em), m wide (0.98), A a capital (0.76), a the rest (0.64); 11 px type.
        assertThat(LabelPlacement.textWidth("imAa", false)).isCloseTo((0.36 + 0.98 + 0.76 + 0.64) * 11, within());
        assertThat(LabelPlacement.textWidth("imAa", true)).isCloseTo((0.36 + 0.98 + 0.76 + 0.64) * 11 * 1.1, within());
        assertThat(LabelPlacement.box(100, 50, "end", "aa", false))
                .isEqualTo(new Box(100 - 1.28 * 11, 50 - 0.92 * 11, 100, 50 + 0.26 * 11));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    void aLoneLabelGoesRightOfItsCircle() {
        List<Optional<Label>> labels = LabelPlacement.place(List.of(item(100, 100, "Ann")), List.of(0), 960, 560);

        assertThat(labels).singleElement().satisfies(l -> {
            assertThat(l).get().extracting(Label::x, Label::y, Label::anchor).containsExactly(108.0, 104.0, "start");
        });
    }

    @Test
    void nearTheRightEdgeALabelGoesLeft() {
        List<Optional<Label>> labels = LabelPlacement.place(List.of(item(900, 100, "Ann")), List.of(0), 960, 560);

        assertThat(labels.get(0)).get().extracting(Label::x, Label::anchor).containsExactly(892.0, "end");
    }

    @Test
    void theLowerRankedOfTwoCloseCirclesIsNudged() {
        // Two circles 20 px apart on one row: the first's label, to its right, covers the second circle,
        // so the first goes left; the second then has the right side to itself.
        List<Item> items = List.of(item(300, 100, "Northern Alliance"), item(320, 100, "Bob"));

        List<Optional<Label>> byRank = LabelPlacement.place(items, List.of(0, 1), 960, 560);

        assertThat(byRank.get(0)).get().extracting(Label::x, Label::anchor).containsExactly(292.0, "end");
        assertThat(byRank.get(1)).get().extracting(Label::x, Label::anchor).containsExactly(328.0, "start");
        assertThat(byRank.get(0).orElseThrow().box().intersects(byRank.get(1).orElseThrow().box())).isFalse();
    }

    @Test
    void aLabelWithNoRoomLeftIsHidden() {
        // Nine circles on one spot: its eight spots cannot hold nine labels.
        List<Item> items = List.of(item(480, 280, "Organisation one"), item(480, 280, "Organisation two"),
                item(480, 280, "Organisation three"), item(480, 280, "Organisation four"),
                item(480, 280, "Organisation five"), item(480, 280, "Organisation six"),
                item(480, 280, "Organisation seven"), item(480, 280, "Organisation eight"),
                item(480, 280, "Organisation nine"));

        List<Optional<Label>> labels = LabelPlacement.place(items, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), 960, 560);

        assertThat(labels.get(0)).isPresent();
        assertThat(labels.stream().filter(Optional::isEmpty).count()).isPositive();
        List<Box> drawn = labels.stream().flatMap(Optional::stream).map(Label::box).toList();
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                assertThat(drawn.get(i).intersects(drawn.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void boxesThatOnlyTouchDoNotIntersect() {
        assertThat(new Box(0, 0, 10, 10).intersects(new Box(10, 0, 20, 10))).isFalse();
        assertThat(new Box(0, 0, 10, 10).intersects(new Box(9.9, 9.9, 20, 20))).isTrue();
        assertThat(new Box(0, 0, 10, 10).covers(new Point(13, 5), 3)).isFalse();
        assertThat(new Box(0, 0, 10, 10).covers(new Point(12, 5), 3)).isTrue();
    }
}
