package org.newsgraph.io.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The article described by a page's JSON-LD ({@code <script type="application/ld+json">}):
 * the first object, at any depth (arrays, {@code @graph}), whose {@code @type} is an article type
 * (NewsArticle, Article, BlogPosting...), and the page's publisher from any object. Malformed
 * scripts are skipped; common slips (comments, trailing commas, raw line breaks in strings) are
 * tolerated. Thread-safe.
 */
final class JsonLd {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "liveblogposting",
            "scholarlyarticle", "techarticle", "report", "socialmediaposting", "satiricalarticle", "posting",
            "advertisercontentarticle", "medicalscholarlyarticle", "discussionforumposting");

    /** What the JSON-LD says; every field may be missing. */
    record Facts(@Nullable String headline, @Nullable String datePublished, @Nullable String author,
            @Nullable String publisher, @Nullable String articleBody, @Nullable String language,
            @Nullable String url) {

        static final Facts NONE = new Facts(null, null, null, null, null, null, null);
    }

    private JsonLd() {
    }

    static Facts read(Document page) {
        List<JsonNode> roots = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode node = parse(script.data());
            if (node != null) {
                roots.add(node);
            }
        }
        if (roots.isEmpty()) {
            return Facts.NONE;
        }
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode root : roots) {
            flatten(root, objects, 0);
        }
        JsonNode article = null;
        for (JsonNode object : objects) {
            if (isArticle(object)) {
                article = object;
                break;
            }
        }
        String publisher = article == null ? null : name(article.get("publisher"));
        for (JsonNode object : objects) {
            if (publisher != null) {
                break;
            }
            if (hasType(object, "newsmediaorganization") || (hasType(object, "organization") && article != null)) {
                publisher = text(object.get("name"));
            }
        }
        if (article == null) {
            return new Facts(null, null, null, publisher, null, null, null);
        }
        String headline = text(article.get("headline"));
        return new Facts(headline != null ? headline : text(article.get("name")),
                first(text(article.get("datePublished")), text(article.get("dateCreated"))),
                names(article.get("author")), publisher, text(article.get("articleBody")),
                first(text(article.get("inLanguage")), name(article.get("inLanguage"))),
                first(text(article.get("url")), id(article.get("mainEntityOfPage"))));
    }

    private static @Nullable JsonNode parse(String script) {
        String json = script.strip()
                .replaceFirst("^(?://\\s*)?<!\\[CDATA\\[", "")
                .replaceFirst("(?://\\s*)?]]>$", "")
                .replaceFirst("^<!--", "")
                .replaceFirst("-->$", "")
                .strip();
        if (json.isEmpty()) {
            return null;
        }
        try (JsonParser parser = MAPPER.createParser(json)) {
            // Only the first value: some pages put two objects in one script.
            return MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            return null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void flatten(@Nullable JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isTextual() && ARTICLE_TYPES.contains(simpleType(t.textValue()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode node, String lowerType) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isTextual() && simpleType(t.textValue()).equals(lowerType)) {
                return true;
            }
        }
        return false;
    }

    private static String simpleType(String type) {
        int slash = type.lastIndexOf('/');
        return type.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray() && !node.isEmpty()) {
            return text(node.get(0));
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            return null;
        }
        // Some sites escape HTML entities inside their JSON strings.
        return Parser.unescapeEntities(node.textValue(), false).replace('\u00a0', ' ').strip();
    }

    private static @Nullable String name(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static @Nullable String names(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode each : node.isArray() ? node : List.of(node)) {
            String name = name(each);
            if (name != null && !name.startsWith("http") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String id(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? text(node.get("@id")) : text(node);
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
