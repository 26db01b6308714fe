package org.newsgraph.server.pictures;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What the pictures share: the {@code <svg>} root with its title and description, numbers written
 * briefly, and a legend of coloured keys. Presentation attributes only, never a {@code style}
 * attribute, which the pages' Content-Security-Policy would block. Stateless.
 */
final class Svg {

    /** Width of one key of a legend. */
    static final double KEY_WIDTH = 118;
    /** Height of one row of a legend. */
    static final double KEY_HEIGHT = 20;

    private Svg() {
    }

    /**
     * Appends an {@code <svg>} of the given size that scales to its container, labelled for screen
     * readers by its {@code <title>} and {@code <desc>}; returns it.
     */
    static Element root(Element parent, String id, double width, double height, String title, String description) {
        Element svg = parent.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("id", id)
                .attr("viewBox", "0 0 " + number(width) + " " + number(height)).attr("role", "img")
                .attr("aria-labelledby", id + "-title " + id + "-desc").addClass("picture");
        svg.appendElement("title").attr("id", id + "-title").text(title);
        svg.appendElement("desc").attr("id", id + "-desc").text(description);
        return svg;
    }

    /** A coordinate or length with at most one decimal, and no ".0". */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** How tall a legend of {@code keys} keys is when it may be {@code width} wide. */
    static double legendHeight(int keys, double width) {
        int perRow = Math.max(1, (int) (width / KEY_WIDTH));
        return keys == 0 ? 0 : Math.ceil((double) keys / perRow) * KEY_HEIGHT;
    }

    /**
     * Appends a legend at {@code (x, y)}: for each label a swatch of its colour (a square, or a circle
     * when {@code round}) and the label, in rows of as many keys as fit {@code width}.
     */
    static Element legend(Element svg, String cssClass, List<String> labels, List<String> colours, boolean round,
            double x, double y, double width) {
        Element legend = svg.appendElement("g").addClass(cssClass);
        int perRow = Math.max(1, (int) (width / KEY_WIDTH));
        for (int i = 0; i < labels.size(); i++) {
            double left = x + (i % perRow) * KEY_WIDTH;
            double top = y + (i / perRow) * KEY_HEIGHT;
            Element key = legend.appendElement("g").addClass("key");
            if (round) {
                key.appendElement("circle").attr("cx", number(left + 6)).attr("cy", number(top + 9)).attr("r", "5")
                        .attr("fill", colours.get(i));
            } else {
                key.appendElement("rect").attr("x", number(left)).attr("y", number(top + 3)).attr("width", "12")
                        .attr("height", "12").attr("fill", colours.get(i));
            }
            key.appendElement("text").attr("x", number(left + 17)).attr("y", number(top + 13)).attr("font-size", "11")
                    .text(labels.get(i));
        }
        return legend;
    }
}
