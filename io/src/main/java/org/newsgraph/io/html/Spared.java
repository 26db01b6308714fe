package org.newsgraph.io.html;

import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The elements that look like boilerplate but hold the article, which pruning must spare: the body
 * and {@code <main>}; the element marked {@code itemprop=articleBody} and its ancestors; ancestors
 * of the headline with real text; layout containers ("content-with-sidebar") with much of the
 * page's prose; and weakly marked elements (an article's {@code <header>} with its lead paragraph,
 * a "section--ads") whose text is not links. Comment sections, hidden elements and scripts are
 * never spared, however long. Not thread-safe: one instance per page, made before pruning.
 */
final class Spared implements Predicate<Element> {

    private static final double LAYOUT_SHARE = 0.35;
    private static final int HEADLINE_PROSE = 400;
    private static final int WEAK_TEXT = 100;
    private static final double WEAK_LINK_DENSITY = 0.3;

    private final List<Element> articleBodies;
    private final @Nullable Element headline;
    private final TextSizes sizes;
    private final int pageProse;

    private Spared(List<Element> articleBodies, @Nullable Element headline, TextSizes sizes, int pageProse) {
        this.articleBodies = articleBodies;
        this.headline = headline;
        this.sizes = sizes;
        this.pageProse = pageProse;
    }

    static Spared in(Element body, @Nullable Element headline) {
        TextSizes sizes = TextSizes.measure(body);
        return new Spared(body.select("[itemprop~=(?i)^articleBody$]"), headline, sizes, sizes.of(body).prose);
    }

    @Override
    public boolean test(Element e) {
        String name = e.normalName();
        if (name.equals("body") || name.equals("main")) {
            return true;
        }
        if (Boilerplate.isCode(e) || Boilerplate.isHidden(e) || Boilerplate.isComment(e)) {
            return false;
        }
        for (Element articleBody : articleBodies) {
            if (articleBody == e || isAncestor(e, articleBody)) {
                return true;
            }
        }
        TextSizes.Size size = sizes.of(e);
        if (headline != null && isAncestor(e, headline) && size.prose >= HEADLINE_PROSE) {
            return true;
        }
        if (pageProse > 0 && size.prose >= LAYOUT_SHARE * pageProse) {
            return true;
        }
        return Boilerplate.hint(e) == Boilerplate.Hint.WEAK && size.linkDensity() < WEAK_LINK_DENSITY
                && size.text - size.links >= WEAK_TEXT;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }
}
