package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises boilerplate: elements that are not part of an article's text by their tag
 * (navigation, scripts, buttons), their ARIA role, being hidden, or the words of their class and id
 * (comments, share bars, related links, cookie banners, bylines, dates...). Class names that only
 * label a post's taxonomy ({@code tag-social-media}, {@code category-comments}) or say what an
 * element has rather than what it is ({@code has-sidebar}, {@code section--has-ads}) are ignored.
 * Thread-safe.
 */
final class Boilerplate {

    /** How surely an element is boilerplate. */
    enum Hint {
        /** No sign. */
        NONE,
        /** Boilerplate if small or made of links: {@code <header>}, {@code <form>}, "ad", "print"... */
        WEAK,
        /** Boilerplate: navigation, comments, share bars, hidden elements... */
        STRONG
    }

    private static final Set<String> CODE_TAGS = Set.of("script", "style", "template", "svg", "canvas", "iframe",
            "object", "embed", "video", "audio", "map", "link", "meta", "head", "title", "select", "option",
            "textarea", "input", "button");
    private static final Set<String> STRONG_TAGS = Set.of("nav", "aside", "footer", "dialog", "menu", "noscript", "figcaption");
    private static final Set<String> WEAK_TAGS = Set.of("header", "form", "figure");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "alert");
    private static final Set<String> STRONG_WORDS = Set.of("nav", "navbar", "navi", "subnav", "topnav", "mainnav",
            "menu", "menus", "submenu", "megamenu", "crumbs", "footer", "toolbar", "skip", "skiplink", "skiplinks",
            "share", "shares", "sharing", "social", "related", "comment", "comments", "kommentare", "respond",
            "replies", "reply", "reacties", "cookie", "cookies", "consent", "gdpr", "newsletter", "signup", "login",
            "register", "pagination", "pager", "pagenav", "rss", "tags", "tagcloud", "tagged", "keywords",
            "byline", "author", "authors", "avatar", "bio", "meta", "dateline", "date", "time", "timestamp",
            "posted", "published", "updated", "pubdate", "rating", "ratings", "vote", "votes", "search", "searchform", "trending", "popular",
            "mostread", "mostviewed", "outbrain", "taboola", "plista", "follow", "donate", "copyright", "legal",
            "imprint", "impressum", "backlinks", "pingback", "trackback", "postnav", "subscribe", "sidebar",
            "breadcrumb", "breadcrumbs", "disqus", "categories", "category", "permalink", "postmeta",
            "entrymeta", "sociallinks", "shariff", "addthis", "sharethis", "teaserlist", "linklist", "morelinks",
            "seealso", "caption", "captions", "credit", "credits", "photocredit", "imagecredit", "bildnachweis",
            "fotocredit", "copyrightinfo");
    private static final List<String> STRONG_PREFIXES = List.of("comment", "comentario", "share", "social",
            "related", "cookie", "consent", "newsletter", "breadcrumb", "sidebar", "footer", "navig", "recommend",
            "subscri", "paginat", "disqus", "outbrain", "taboola");
    private static final Set<String> WEAK_WORDS = Set.of("ad", "ads", "adsense", "adslot", "advert",
            "advertisement", "advertising", "anzeige", "werbung", "sponsor", "sponsored", "promo", "promoted",
            "banner", "header", "masthead", "print", "overlay", "lightbox", "carousel", "slider", "cta", "tooltip",
            "dropdown", "flyout", "offcanvas", "icon", "icons", "btn", "paywall", "popup", "modal", "widget",
            "widgets");
    private static final List<String> WEAK_PREFIXES = List.of("advert", "sponsor", "promo", "banner", "popup",
            "widget");
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "is-hidden", "visually-hidden",
            "visuallyhidden", "sr-only", "screen-reader-text", "screenreader", "offscreen", "invisible", "d-none",
            "hide", "element-invisible", "u-hidden");
    private static final Pattern TAXONOMY = Pattern.compile(
            "^(tag|tags|category|categories|cat|topic|term|format|status|type|author|postid|post|page|parent|"
                    + "tax|section|rubrik|ressort|channel|kategorie|has|with|no|without|is)[-_].*");
    private static final Pattern MODIFIER = Pattern.compile("(^|[-_])(has|with|no|without)[-_].*$");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private Boilerplate() {
    }

    /** How surely {@code e} is boilerplate, from its tag, role, hiding and class and id words. */
    static Hint hint(Element e) {
        String tag = e.normalName();
        if (CODE_TAGS.contains(tag) || STRONG_TAGS.contains(tag) || isHidden(e)
                || ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return Hint.STRONG;
        }
        Hint hint = WEAK_TAGS.contains(tag) ? Hint.WEAK : Hint.NONE;
        for (String word : words(e)) {
            if (STRONG_WORDS.contains(word) || startsWithAny(word, STRONG_PREFIXES) && !word.startsWith("commentar")) {
                return Hint.STRONG;
            }
            if (WEAK_WORDS.contains(word) || startsWithAny(word, WEAK_PREFIXES)) {
                hint = Hint.WEAK;
            }
        }
        return hint;
    }

    /**
     * The blocks that hold a {@code <time>} in a line of its own ("Posted on 5 March 2024"), not in
     * a sentence (whose text removing it would break).
     */
    private static Set<Element> datelines(Element root) {
        Set<Element> lines = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element time : root.select("time")) {
            Element block = time;
            while (block.parent() != null && block != root && !TextBlocks.BLOCK_TAGS.contains(block.normalName())) {
                block = block.parent();
            }
            if (block != root && block.text().length() <= time.text().length() + 40) {
                lines.add(block);
            }
        }
        return lines;
    }

    /** True if {@code word} (of a class or id) marks boilerplate, strongly or weakly. */
    static boolean isBoilerplateWord(String word) {
        return STRONG_WORDS.contains(word) || WEAK_WORDS.contains(word) || startsWithAny(word, STRONG_PREFIXES)
                && !word.startsWith("commentar") || startsWithAny(word, WEAK_PREFIXES);
    }

    /** The words of {@code e}'s id and class names, lower case, taxonomy labels and modifiers left out. */
    static List<String> words(Element e) {
        List<String> words = new ArrayList<>();
        addWords(e.id(), words);
        for (String name : e.classNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!TAXONOMY.matcher(lower).matches()) {
                addWords(MODIFIER.matcher(name).replaceFirst(""), words);
            }
        }
        return words;
    }

    private static void addWords(String name, List<String> words) {
        if (name.isEmpty()) {
            return;
        }
        String split = CAMEL.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
        for (String word : SPLIT.split(split)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        // Joined names too: "commentlist", "sharebar", "relatedposts".
        String joined = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (!joined.isEmpty() && !words.contains(joined)) {
            words.add(joined);
        }
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** True for scripts, styles, form controls and other elements that hold no article text. */
    static boolean isCode(Element e) {
        return CODE_TAGS.contains(e.normalName());
    }

    /** True if {@code e} is hidden by an attribute, a style or a class. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        for (String name : e.classNames()) {
            if (HIDDEN_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code e} is inside a comment section (or is one). */
    static boolean isComment(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            for (String word : words(x)) {
                if (word.startsWith("comment") && !word.startsWith("commentar") || word.equals("disqus")
                        || word.equals("kommentare") || word.startsWith("comentario")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Removes the boilerplate under {@code root} (not {@code root} itself), except the elements that
     * {@code keep} spares; the boilerplate inside those goes.
     */
    static void prune(Element root, Predicate<Element> keep) {
        List<Element> doomed = new ArrayList<>();
        collect(root, keep, datelines(root), doomed);
        doomed.forEach(Element::remove);
    }

    private static void collect(Element parent, Predicate<Element> keep, Set<Element> datelines,
            List<Element> doomed) {
        for (Element child : parent.children()) {
            if ((datelines.contains(child) || hint(child) != Hint.NONE) && !keep.test(child)) {
                doomed.add(child);
            } else {
                collect(child, keep, datelines, doomed);
            }
        }
    }
}
