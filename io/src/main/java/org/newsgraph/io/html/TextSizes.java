package org.newsgraph.io.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text sizes of every element under a root, measured in one pass: all its text, the part inside
 * links, its own inline text (outside block children), and its prose: the non-link text of the
 * paragraphs under it (blocks with at least 25 characters of inline text, at most half of it
 * links). Sizes are of whitespace-collapsed text. A snapshot: changes to the tree are not seen.
 */
final class TextSizes {

    static final int MIN_PARAGRAPH_CHARS = 25;

    /** The sizes of one element. */
    static final class Size {
        int text;
        int links;
        int inline;
        int inlineLinks;
        int prose;
        boolean hasBlockChild;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }

        double inlineLinkDensity() {
            return inline == 0 ? 0 : (double) inlineLinks / inline;
        }

        boolean isParagraph() {
            return inline >= MIN_PARAGRAPH_CHARS && inlineLinkDensity() <= 0.5;
        }
    }

    private static final Size NONE = new Size();

    private final Map<Element, Size> sizes = new IdentityHashMap<>();

    private TextSizes() {
    }

    static TextSizes measure(Element root) {
        TextSizes sizes = new TextSizes();
        sizes.walk(root);
        return sizes;
    }

    Size of(Element e) {
        return sizes.getOrDefault(e, NONE);
    }

    private void walk(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    sizes.put(element, new Size());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    Size own = sizes.get(element);
                    if (TextBlocks.BLOCK_TAGS.contains(element.normalName()) && own.isParagraph()) {
                        own.prose += own.inline - own.inlineLinks;
                    }
                }
                if (node == root || !(node.parentNode() instanceof Element parent) || !sizes.containsKey(parent)) {
                    return;
                }
                Size up = sizes.get(parent);
                if (node instanceof TextNode text) {
                    int length = text.text().strip().length();
                    boolean link = parent.normalName().equals("a");
                    up.text += length;
                    up.inline += length;
                    up.links += link ? length : 0;
                    up.inlineLinks += link ? length : 0;
                } else if (node instanceof Element element) {
                    Size own = sizes.get(element);
                    boolean link = element.normalName().equals("a");
                    up.text += own.text;
                    up.links += link ? own.text : own.links;
                    up.prose += own.prose;
                    if (TextBlocks.BLOCK_TAGS.contains(element.normalName())) {
                        up.hasBlockChild = true;
                    } else {
                        up.inline += own.inline;
                        up.inlineLinks += link ? own.inline : own.inlineLinks;
                    }
                }
            }
        }, root);
    }
}
