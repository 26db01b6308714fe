package org.newsgraph.io.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about its article, from JSON-LD, OpenGraph and other meta tags,
 * {@code <time>}, the headline and the URL. Read before the page is cleaned.
 *
 * @param title        the headline without the site name
 * @param headline     the element holding the headline, so that it is left out of the text
 * @param published    ISO-8601 publication date or date-time
 * @param byline       the authors
 * @param publisher    the site or publisher name
 * @param canonicalUrl the canonical URL
 * @param language     ISO 639-1 code of the declared language
 * @param articleBody  the body text from JSON-LD, when the page gives it
 */
record PageMetadata(@Nullable String title, @Nullable Element headline, @Nullable String published,
        @Nullable String byline, @Nullable String publisher, @Nullable String canonicalUrl,
        @Nullable String language, @Nullable String articleBody) {

    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
            "publish_date", "published_date", "publication_date", "article.published", "article_date_original",
            "original-publish-date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date",
            "dcterms.date", "dcterms.issued", "dcterms.created", "dc.date.created", "citation_publication_date",
            "citation_date", "cxenseparse:recs:publishtime");
    private static final List<String> MODIFIED_META = List.of("og:updated_time", "article:modified_time",
            "datemodified", "last-modified", "lastmod", "dcterms.modified");
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("date", "time", "datum", "published",
            "pubdate", "posted", "postdate", "entrydate", "postedon", "timestamp", "meta", "byline", "dateline",
            "fecha", "datetime", "publishdate", "publicationdate", "articledate", "newsdate");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»/•⋆~]\\s+|\\s*[|·•⋆]\\s*");
    private static final Pattern BRACKETED_SUFFIX = Pattern.compile("\\s*[(\\[]([^()\\[\\]]+)[)\\]]\\s*$");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s|\\-–—:·/•]+|[\\s|\\-–—:·/•]+$");
    private static final Pattern BY = Pattern.compile("^(?i)(by|von|par|por|di|door|text:|von:)\\s+");

    static PageMetadata read(Document page, @Nullable String pageUrl) {
        JsonLd.Facts ld = JsonLd.read(page);
        String siteName = first(name(meta(page, "og:site_name")), name(ld.publisher()),
                name(meta(page, "publisher")), name(meta(page, "application-name")));
        String canonical = first(absolute(page.selectFirst("link[rel~=(?i)^canonical$][href]")),
                absoluteUrl(meta(page, "og:url"), page.location()));
        String titleHint = first(meta(page, "og:title"), ld.headline(), meta(page, "twitter:title"), page.title());
        String host = host(first(canonical, pageUrl, page.location()));
        Element headline = headline(page, titleHint, host);
        String title = title(page, ld, headline, siteName, host);
        String published = published(page, ld, first(canonical, pageUrl, page.location()));
        return new PageMetadata(title, headline, published, byline(page, ld), siteName, canonical,
                language(page, ld), ld.articleBody());
    }

    private static @Nullable String title(Document page, JsonLd.Facts ld, @Nullable Element headline,
            @Nullable String siteName, @Nullable String host) {
        String title = rawTitle(page, ld, headline, siteName, host);
        if (title == null) {
            return null;
        }
        String trimmed = EDGE_SEPARATORS.matcher(title).replaceAll("");
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static @Nullable String rawTitle(Document page, JsonLd.Facts ld, @Nullable Element headline,
            @Nullable String siteName, @Nullable String host) {
        for (String candidate : new String[] {meta(page, "og:title"), ld.headline(), meta(page, "twitter:title")}) {
            // Some pages give the site's name as og:title.
            if (candidate != null && !isSiteName(candidate, siteName, host)) {
                return withoutSiteName(clean(candidate), siteName, host, headline, false);
            }
        }
        if (headline != null && !headline.text().isBlank()) {
            return clean(headline.text());
        }
        String title = clean(page.title());
        return title.isEmpty() ? null : withoutSiteName(title, siteName, host, null, true);
    }

    /**
     * {@code title} without a leading or trailing site name ("Headline | Site", "Site - Headline"):
     * a part that names the site or its host goes; from a {@code <title>}, a short last part goes
     * when nothing names the site.
     */
    static String withoutSiteName(String title, @Nullable String siteName, @Nullable String host,
            @Nullable Element headline, boolean fromTitleElement) {
        java.util.regex.Matcher bracketed = BRACKETED_SUFFIX.matcher(title);
        if (bracketed.find() && bracketed.start() > 0 && namesSite(bracketed.group(1), siteName, host)) {
            title = title.substring(0, bracketed.start());
        }
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(title)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.size() < 2) {
            return title;
        }
        if (headline != null) {
            String h = clean(headline.text());
            for (String part : parts) {
                if (part.equalsIgnoreCase(h)) {
                    return part;
                }
            }
        }
        int from = 0;
        int to = parts.size();
        while (to - from > 1 && namesSite(parts.get(to - 1), siteName, host)) {
            to--;
        }
        while (to - from > 1 && namesSite(parts.get(from), siteName, host)) {
            from++;
        }
        if (fromTitleElement && to - from > 1) {
            String last = parts.get(to - 1);
            if (words(last) <= 4 && words(last) < words(parts.get(from))) {
                to--;
            } else if (title.matches(".*\\s[|»·]\\s.*")) {
                // "Site » Blog » Headline": a breadcrumb; the longest part is the headline.
                String longest = parts.get(from);
                for (String part : parts.subList(from, to)) {
                    longest = part.length() > longest.length() ? part : longest;
                }
                return longest;
            }
        }
        if (from == 0 && to == parts.size()) {
            return title;
        }
        // Keep the original separators inside the kept range.
        int start = title.indexOf(parts.get(from));
        String lastPart = parts.get(to - 1);
        int end = title.indexOf(lastPart, start) + lastPart.length();
        return title.substring(start, end);
    }

    /** True if {@code title} is nothing but the site's name or host. */
    private static boolean isSiteName(String title, @Nullable String siteName, @Nullable String host) {
        String t = squash(title);
        if (siteName != null && t.equals(squash(siteName))
                || host != null && (t.equals(squash(host.replaceFirst("^www\\d?\\.", "")))
                        || t.equals(squash(host.replaceFirst("^www\\d?\\.", "").replaceFirst("\\.[a-z]+$", ""))))) {
            return true;
        }
        // "ICON • ICON Magazine": every part names the site.
        String[] parts = SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isBlank() && !namesSite(part, siteName, host)) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesSite(String part, @Nullable String siteName, @Nullable String host) {
        String p = squash(part);
        if (p.isEmpty()) {
            return false;
        }
        if (siteName != null) {
            String s = squash(siteName);
            if (!s.isEmpty() && (p.equals(s) || (p.length() >= 4 && s.contains(p)) || (s.length() >= 4 && p.contains(s)))) {
                return true;
            }
        }
        if (host != null) {
            String h = squash(host.replaceFirst("^www\\d?\\.", "").replaceFirst("\\.[a-z]+$", ""));
            return h.length() >= 3 && (p.contains(h) || h.contains(p) && p.length() >= 4);
        }
        return false;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** The {@code <h1>} that best matches the title hint, else the first substantial one. */
    private static @Nullable Element headline(Document page, @Nullable String titleHint, @Nullable String host) {
        List<Element> h1s = page.select("h1");
        if (h1s.isEmpty()) {
            return null;
        }
        if (titleHint != null) {
            String hint = squash(titleHint);
            Element best = null;
            for (Element h1 : h1s) {
                String text = squash(h1.text());
                if (isSiteName(h1.text(), null, host)) {
                    continue;
                }
                if (text.length() >= 8 && hint.contains(text) || (hint.length() >= 8 && text.contains(hint))) {
                    if (best == null || text.length() > squash(best.text()).length()) {
                        best = h1;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        for (Element h1 : h1s) {
            if (words(h1.text()) >= 3 && !isSiteName(h1.text(), null, host)) {
                return h1;
            }
        }
        return null;
    }

    private static @Nullable String published(Document page, JsonLd.Facts ld, @Nullable String url) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ld.datePublished());
        for (String name : DATE_META) {
            candidates.add(meta(page, name));
        }
        for (Element e : page.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
            candidates.add(first(attr(e, "content"), attr(e, "datetime"), e.text()));
        }
        for (Element time : page.select("time[pubdate], time[datetime]")) {
            if (!Boilerplate.isComment(time)) {
                candidates.add(first(attr(time, "datetime"), time.text()));
            }
        }
        for (String candidate : candidates) {
            if (candidate != null) {
                Optional<String> date = PageDates.normalise(candidate);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        if (url != null) {
            Optional<String> date = PageDates.fromUrl(url);
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (Element time : page.select("time")) {
            if (!Boilerplate.isComment(time)) {
                Optional<String> date = PageDates.written(time.text());
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        for (Element e : page.body().getAllElements()) {
            if (e.childrenSize() < 10 && hasDateWord(e) && !Boilerplate.isComment(e)) {
                String text = e.text();
                Optional<String> date = text.length() > 200 ? Optional.empty() : PageDates.written(text);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        for (String name : MODIFIED_META) {
            String value = meta(page, name);
            Optional<String> date = value == null ? Optional.empty() : PageDates.normalise(value);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static boolean hasDateWord(Element e) {
        for (String word : Boilerplate.words(e)) {
            if (DATE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String byline(Document page, JsonLd.Facts ld) {
        String author = first(ld.author(), meta(page, "author"), meta(page, "article:author"),
                meta(page, "dc.creator"), meta(page, "parsely-author"), meta(page, "sailthru.author"));
        if (author == null) {
            Element e = page.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]");
            if (e != null) {
                author = first(attr(e, "content"), e.text());
            }
        }
        if (author == null || author.startsWith("http") || author.length() > 200) {
            return null;
        }
        String cleaned = BY.matcher(clean(author)).replaceFirst("");
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static @Nullable String language(Document page, JsonLd.Facts ld) {
        Element html = page.selectFirst("html");
        String declared = first(html == null ? null : attr(html, "lang"), html == null ? null : attr(html, "xml:lang"),
                httpEquiv(page, "content-language"), meta(page, "language"), meta(page, "dc.language"),
                meta(page, "og:locale"), ld.language());
        if (declared == null) {
            return null;
        }
        String primary = declared.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, case-insensitive. */
    static @Nullable String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            String key = first(attr(meta, "property"), attr(meta, "name"), attr(meta, "itemprop"));
            if (key != null && key.equalsIgnoreCase(name)) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static @Nullable String httpEquiv(Document page, String name) {
        for (Element meta : page.select("meta[http-equiv][content]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return meta.attr("content");
            }
        }
        return null;
    }

    /** A publisher name, not a URL. */
    private static @Nullable String name(@Nullable String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : clean(value);
    }

    private static @Nullable String absolute(@Nullable Element link) {
        if (link == null) {
            return null;
        }
        String url = link.absUrl("href");
        return url.isEmpty() ? absoluteUrl(link.attr("href"), null) : url;
    }

    private static @Nullable String absoluteUrl(@Nullable String url, @Nullable String base) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = base == null || base.isEmpty() ? new URI(url.strip()) : new URI(base).resolve(url.strip());
            return uri.isAbsolute() ? uri.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String host(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url).getHost();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static @Nullable String attr(Element e, String name) {
        String value = e.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String clean(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    @SafeVarargs
    private static <T> @Nullable T first(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
