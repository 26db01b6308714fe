package org.newsgraph.store.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.dedup.ArticleSummary;
import org.newsgraph.store.stories.StoryIndex;

/**
 * A store's cross-article results without its ids, to compare two stores: each actor as its type, name
 * and members ({@code article/entity name}), each story as its members ({@code article/event id}),
 * each near-duplicate as {@code copy -> original}; all sorted.
 */
record Snapshot(List<String> actors, List<String> stories, List<String> copies) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Snapshot of(ArticleStore store) {
        Map<String, TreeSet<String>> actorMembers = new TreeMap<>();
        for (String document : store.events().documents(null, null, null)) {
            JsonNode json;
            try {
                json = JSON.readTree(document);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            String article = json.path("id").asText();
            for (JsonNode entity : json.path("entities")) {
                if (entity.path("actor").isNull() || entity.path("actor").isMissingNode()) {
                    continue;
                }
                actorMembers.computeIfAbsent(entity.path("actor").asText(), a -> new TreeSet<>())
                        .add(article + "/" + entity.path("name").asText());
            }
        }
        List<String> actors = new ArrayList<>();
        actorMembers.forEach((id, members) -> {
            var actor = store.actors().get(Long.parseLong(id)).orElseThrow();
            actors.add(actor.type() + " " + actor.name() + " " + members);
        });
        actors.sort(null);
        Map<Long, TreeSet<String>> storyMembers = new TreeMap<>();
        for (StoryIndex.Membership m : store.stories().memberships()) {
            storyMembers.computeIfAbsent(m.storyId(), s -> new TreeSet<>()).add(m.articleId() + "/" + m.eventId());
        }
        List<String> stories = new ArrayList<>(storyMembers.values().stream().map(TreeSet::toString).toList());
        stories.sort(null);
        List<String> copies = new ArrayList<>();
        for (ArticleSummary article : store.articles().list(true, 1000)) {
            copies.add(article.id() + " -> " + article.copyOf());
        }
        copies.sort(null);
        return new Snapshot(List.copyOf(actors), List.copyOf(stories), List.copyOf(copies));
    }
}
