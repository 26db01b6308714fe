package org.newsgraph.server.pictures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.newsgraph.server.pictures.ForceLayout.Point;

/**
 * Places the name labels of a network's circles so that no two labels overlap. Each label's box is
 * measured with an approximate width per character of the page's sans-serif font
 * ({@link #textWidth}, on the generous side, so the drawn text stays inside its box); the labels are
 * placed one by one in the given order of rank, each at the first of eight spots around its circle
 * (right, left, above, below, then right and left one line up or down; left first near the right
 * edge) whose box stays in the picture, meets no label placed before it and covers no other circle;
 * failing that, at the first spot that only meets no label; failing that, the label is hidden (the
 * circle keeps its name as a tooltip, and the page lists it in the table under the picture).
 * Stateless.
 */
final class LabelPlacement {

    /** The labels' font size. */
    static final double FONT_SIZE = 11;
    /** Room between a circle and its label. */
    private static final double GAP = 3;
    /** The part of the font size above the baseline that capitals and accents reach, and below it descenders. */
    private static final double ASCENT = 0.92;
    private static final double DESCENT = 0.26;
    /** How much wider bold text is. */
    private static final double BOLD = 1.1;

    private LabelPlacement() {
    }

    /** A box: left, top, right and bottom edges. */
    record Box(double left, double top, double right, double bottom) {

        boolean intersects(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean inside(double width, double height) {
            return left >= 0 && top >= 0 && right <= width && bottom <= height;
        }

        /** Whether the box covers part of the circle. */
        boolean covers(Point centre, double radius) {
            double dx = Math.max(Math.max(left - centre.x(), 0), centre.x() - right);
            double dy = Math.max(Math.max(top - centre.y(), 0), centre.y() - bottom);
            return dx * dx + dy * dy < radius * radius;
        }
    }

    /** A circle to label: its centre, radius, the label's text and whether it is bold. */
    record Item(Point centre, double radius, String text, boolean bold) {
    }

    /** A placed label: its anchor point ({@code x} and the baseline {@code y}), SVG text-anchor and box. */
    record Label(double x, double y, String anchor, Box box) {
    }

    /**
     * The approximate width of the text at {@link #FONT_SIZE}: per character a share of the font size
     * near the widest of the common sans-serif fonts (DejaVu Sans, Liberation Sans, Roboto).
     */
    static double textWidth(String text, boolean bold) {
        double ems = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            ems += em(text.codePointAt(i));
        }
        return ems * FONT_SIZE * (bold ? BOLD : 1);
    }

    private static double em(int c) {
        if ("iljI.,:;'|!()[]{} ".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("ftr-\"".indexOf(c) >= 0) {
            return 0.45;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 0.98;
        }
        if (Character.isUpperCase(c)) {
            return 0.76;
        }
        if (Character.isIdeographic(c)) {
            return 1.0;
        }
        return 0.64;
    }

    /** The box of a text drawn with its anchor at {@code x} and its baseline at {@code y}. */
    static Box box(double x, double y, String anchor, String text, boolean bold) {
        double width = textWidth(text, bold);
        double left = switch (anchor) {
            case "end" -> x - width;
            case "middle" -> x - width / 2;
            default -> x;
        };
        return new Box(left, y - ASCENT * FONT_SIZE, left + width, y + DESCENT * FONT_SIZE);
    }

    /**
     * Places the labels of {@code items}, highest rank first as {@code order} lists their indexes,
     * inside a picture of {@code width} by {@code height}; the result is indexed like {@code items},
     * empty where a label is hidden.
     */
    static List<Optional<Label>> place(List<Item> items, List<Integer> order, double width, double height) {
        List<Optional<Label>> labels = new ArrayList<>(Collections.nCopies(items.size(), Optional.empty()));
        List<Box> placed = new ArrayList<>();
        for (int index : order) {
            Item item = items.get(index);
            List<Label> spots = spots(item, width);
            Optional<Label> chosen = spots.stream()
                    .filter(l -> fits(l.box(), placed, width, height) && coversNoCircle(l.box(), items, index))
                    .findFirst()
                    .or(() -> spots.stream().filter(l -> fits(l.box(), placed, width, height)).findFirst());
            chosen.ifPresent(l -> placed.add(l.box()));
            labels.set(index, chosen);
        }
        return labels;
    }

    private static boolean fits(Box box, List<Box> placed, double width, double height) {
        return box.inside(width, height) && placed.stream().noneMatch(box::intersects);
    }

    private static boolean coversNoCircle(Box box, List<Item> items, int self) {
        for (int i = 0; i < items.size(); i++) {
            if (i != self && box.covers(items.get(i).centre(), items.get(i).radius())) {
                return false;
            }
        }
        return true;
    }

    /** The eight spots around a circle, in order of preference. */
    private static List<Label> spots(Item item, double width) {
        double x = item.centre().x();
        double y = item.centre().y();
        double r = item.radius();
        double middle = y + 4;
        List<Label> right = List.of(label(x + r + GAP, middle, "start", item),
                label(x + r + GAP, middle - FONT_SIZE, "start", item), label(x + r + GAP, middle + FONT_SIZE, "start", item));
        List<Label> left = List.of(label(x - r - GAP, middle, "end", item),
                label(x - r - GAP, middle - FONT_SIZE, "end", item), label(x - r - GAP, middle + FONT_SIZE, "end", item));
        boolean leftFirst = x > width * 0.8;
        List<Label> first = leftFirst ? left : right;
        List<Label> second = leftFirst ? right : left;
        return List.of(first.get(0), second.get(0),
                label(x, y - r - GAP - DESCENT * FONT_SIZE, "middle", item),
                label(x, y + r + GAP + ASCENT * FONT_SIZE, "middle", item),
                first.get(1), first.get(2), second.get(1), second.get(2));
    }

    private static Label label(double x, double y, String anchor, Item item) {
        return new Label(x, y, anchor, box(x, y, anchor, item.text(), item.bold()));
    }
}
