package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements holding a page's main text, in the manner of Arc90's Readability: every
 * paragraph (a block with at least 25 characters of its own inline text, at most half of it links;
 * lines apart scored one by one) scores by its length and commas and passes its score to its
 * ancestors, halving at each level; containers get a bonus or malus from their class and id words
 * and lose the share of their text that is link text. The best container wins, then is widened: to
 * the smallest container of most near-best candidates (text split into many blocks), to a better
 * scoring parent, to ancestors that add little text and few links (an article's header with its
 * lead paragraph); and joined by siblings that look like content too. Expects a page already
 * pruned of boilerplate ({@link Boilerplate}). Not thread-safe: one instance per page.
 */
final class MainContent {

    private static final Set<String> POSITIVE = Set.of("article", "articlebody", "body", "content", "entry",
            "hentry", "main", "page", "post", "text", "blog", "story", "storybody", "inhalt", "artikel",
            "beitrag", "richtext", "copy", "prose", "single", "postbody", "entrycontent", "postcontent",
            "articlecontent", "articletext", "bodytext", "maincontent");

    private static final int MAX_ENCLOSE = 3;
    private static final int MAX_NEAR = 10;
    private static final double ENCLOSE_SHARE = 0.25;

    private final TextSizes sizes;
    // In document order, so that ties go to the first candidate whatever the hash codes.
    private final Map<Element, Double> scores = new LinkedHashMap<>();

    private MainContent(TextSizes sizes) {
        this.sizes = sizes;
    }

    /** The elements of {@code body} that hold the main text, in document order; empty if none. */
    static List<Element> find(Element body) {
        return new MainContent(TextSizes.measure(body)).select(body);
    }

    private List<Element> select(Element body) {
        scoreParagraphs(body);
        if (scores.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            ranked.add(Map.entry(entry.getKey(), entry.getValue() * (1 - linkDensity(entry.getKey()))));
        }
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        top = widen(top, topScore, ranked, body);
        top = enclose(top, body);
        return withSiblings(top, body);
    }

    /**
     * The nearest ancestors of {@code top} whose text beyond it is little and not links: an
     * article's header with its lead paragraph, an intro box beside the body.
     */
    private Element enclose(Element top, Element body) {
        for (int level = 0; level < MAX_ENCLOSE && top.parent() != null && top.parent() != body; level++) {
            TextSizes.Size inner = sizes.of(top);
            TextSizes.Size outer = sizes.of(top.parent());
            int extraText = outer.text - inner.text;
            int extraLinks = outer.links - inner.links;
            if (extraText > ENCLOSE_SHARE * inner.text || extraText > 0 && (double) extraLinks / extraText > 0.25) {
                break;
            }
            top = top.parent();
        }
        return top;
    }

    /** A shared ancestor of several near-best candidates, or a better-scoring parent. */
    private Element widen(Element top, double topScore, List<Map.Entry<Element, Double>> ranked, Element body) {
        List<Element> near = new ArrayList<>();
        for (int i = 0; i < Math.min(ranked.size(), MAX_NEAR); i++) {
            if (ranked.get(i).getValue() / topScore >= 0.75) {
                near.add(ranked.get(i).getKey());
            }
        }
        if (near.size() >= 4) {
            // The smallest container of most near-best candidates: text split into many blocks.
            Element best = null;
            int bestCount = 0;
            for (Element candidate : near) {
                for (Element ancestor = candidate.parent(); ancestor != null && ancestor != body;
                        ancestor = ancestor.parent()) {
                    int contained = 0;
                    for (Element other : near) {
                        contained += isAncestor(ancestor, other) ? 1 : 0;
                    }
                    if (contained >= Math.max(3, (near.size() + 1) / 2)) {
                        if (contained > bestCount) {
                            best = ancestor;
                            bestCount = contained;
                        }
                        break;
                    }
                }
            }
            if (best != null) {
                top = best;
            }
        }
        double last = finalScore(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                continue;
            }
            double parentScore = finalScore(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > last) {
                top = parent;
                break;
            }
            last = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** {@code top} and those of its siblings that score well or read like paragraphs. */
    private List<Element> withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> selected = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                selected.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                    ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
                selected.add(sibling);
                continue;
            }
            TextSizes.Size size = sizes.of(sibling);
            if (!size.hasBlockChild && size.inline > 0) {
                double density = size.inlineLinkDensity();
                String text = sibling.text();
                if (size.inline > 80 && density < 0.25
                        || size.inline > 0 && density == 0 && text.matches("(?s).*[.!?:\"”»]\\s*$")) {
                    selected.add(sibling);
                }
            }
        }
        return selected;
    }

    private void scoreParagraphs(Element body) {
        for (Element e : body.getAllElements()) {
            TextSizes.Size size = sizes.of(e);
            if (!size.isParagraph() || !TextBlocks.BLOCK_TAGS.contains(e.normalName())) {
                continue;
            }
            double score = 0;
            // Lines apart (a list of names, an address) are scored one by one, so that short ones do not count.
            for (String line : inlineText(e).split("\n")) {
                String text = line.strip();
                if (text.length() >= TextSizes.MIN_PARAGRAPH_CHARS) {
                    score += 1 + commas(text) + Math.min(text.length() / 100, 3);
                }
            }
            if (score == 0) {
                continue;
            }
            // A block with text of its own beside block children holds that text like a paragraph would.
            Element first = size.hasBlockChild ? e : e.parent();
            int level = 0;
            for (Element ancestor = first; ancestor != null && level < 5; ancestor = ancestor.parent(), level++) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                double share = score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                scores.merge(ancestor, initialScore(ancestor) + share, (old, add) -> old + share);
                if (ancestor == body) {
                    break;
                }
            }
        }
    }

    private double finalScore(Element e) {
        return scores.getOrDefault(e, 0.0) * (1 - linkDensity(e));
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        double weight = 0;
        boolean positive = false;
        boolean negative = false;
        for (String word : Boilerplate.words(e)) {
            positive |= POSITIVE.contains(word);
            negative |= Boilerplate.isBoilerplateWord(word);
        }
        weight += positive ? 25 : 0;
        weight -= negative ? 25 : 0;
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            weight += 50;
        }
        return weight;
    }

    private double linkDensity(Element e) {
        return sizes.of(e).linkDensity();
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                count++;
            }
        }
        return count;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The text of {@code e} outside its block children. */
    private static String inlineText(Element e) {
        StringBuilder sb = new StringBuilder();
        appendInline(e, sb);
        return sb.toString().replaceAll("[ \\t\\r\\f\\u00a0]+", " ").strip();
    }

    private static void appendInline(Element e, StringBuilder sb) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                sb.append(text.text());
            } else if (child instanceof Element br && br.normalName().equals("br")) {
                sb.append('\n');
            } else if (child instanceof Element element && !TextBlocks.BLOCK_TAGS.contains(element.normalName())) {
                appendInline(element, sb);
            }
        }
    }
}
