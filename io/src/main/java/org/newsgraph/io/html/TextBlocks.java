package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a part of a page as paragraphs: every block element (p, div, li, h2, td...) starts a
 * new paragraph, {@code <br>} a new line, two {@code <br>}s a new paragraph; whitespace is collapsed
 * except in {@code <pre>}. Each paragraph knows how much of it is link text. Not thread-safe: one
 * instance per call.
 */
final class TextBlocks {

    /** A paragraph and the number of its characters inside links. */
    record Block(String text, int linkChars, String tag) {

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl",
            "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody",
            "tfoot", "tr", "td", "th", "caption", "figcaption", "figure", "header", "footer", "address", "hr",
            "center", "details", "summary", "form", "fieldset", "body", "aside", "nav", "noscript", "legend");

    private final Predicate<Element> skip;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentLinkChars;
    private String currentTag = "p";

    private TextBlocks(Predicate<Element> skip) {
        this.skip = skip;
    }

    /** The paragraphs of {@code roots}, in order, leaving out the elements {@code skip} accepts. */
    static List<Block> of(List<Element> roots, Predicate<Element> skip) {
        TextBlocks writer = new TextBlocks(skip);
        for (Element root : roots) {
            writer.walk(root, false, false, root.normalName());
            writer.flush();
        }
        return writer.blocks;
    }

    private void walk(Node node, boolean inLink, boolean inPre, String blockTag) {
        if (node instanceof TextNode text) {
            String value = inPre ? text.getWholeText() : text.text();
            if (!value.isEmpty()) {
                current.append(value);
                if (inLink) {
                    currentLinkChars += value.strip().length();
                }
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.normalName();
        if (name.equals("br")) {
            current.append('\n');
            return;
        }
        if (skip.test(element)) {
            return;
        }
        boolean block = BLOCK_TAGS.contains(name);
        if (block) {
            flush();
            currentTag = name;
        }
        for (Node child : element.childNodes()) {
            walk(child, inLink || name.equals("a"), inPre || name.equals("pre"), block ? name : blockTag);
        }
        if (block) {
            flush();
            currentTag = blockTag;
        }
    }

    private void flush() {
        if (current.length() == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n", -1)) {
            String clean = line.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
            if (clean.isEmpty()) {
                // An empty line (two <br>s) ends the paragraph.
                add(lines);
                lines = new ArrayList<>();
            } else {
                lines.add(clean);
            }
        }
        add(lines);
        current.setLength(0);
        currentLinkChars = 0;
    }

    private void add(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String text = String.join("\n", lines);
        int total = current.toString().strip().length();
        // Link characters are counted per flush; share them out by length.
        int links = total == 0 ? 0 : (int) Math.round((double) currentLinkChars * text.length() / total);
        blocks.add(new Block(text, Math.min(links, text.length()), currentTag));
    }
}
