package org.newsgraph.spark.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.actors.ActorLinking;
import org.newsgraph.store.stories.EventFeatures;
import org.newsgraph.store.stories.StoryMatch;

/**
 * The cross-article decisions over documents given one after another in the store's canonical
 * order, as a store's {@code rebuild} makes them: each document's entities linked to actors
 * ({@link ActorLinking} on {@link MemoryActors}), its near-duplicate original (the original of the
 * earliest earlier document similar to it), and its events linked to stories ({@link StoryMatch} on
 * {@link MemoryStories}). Ids of actors and stories count from 1 in the order they are made. Not
 * thread-safe.
 */
final class CorpusLinker {

    /** An entity's actor. */
    record ActorRow(String documentId, String entityId, long actorId, String actorType, String actorName,
            String nameKey) {
    }

    /** An event's story; {@code score} is 0 for the event that started it. */
    record StoryRow(String documentId, String eventId, long storyId, String eventType, @Nullable String eventDay,
            double score) {
    }

    /** What one document's linking gave. */
    record Linked(List<ActorRow> actors, List<StoryRow> stories, Optional<String> copyOf) {
    }

    private final MemoryActors actors = new MemoryActors();
    private final MemoryStories stories = new MemoryStories();
    private final Map<String, String> copyOf = new HashMap<>();
    private long versions;

    /** How many linked documents the actors' memory keeps ({@link MemoryActors#versionsKept()}). */
    int versionsKept() {
        return actors.versionsKept();
    }

    /** Each actor that shows a Wikipedia page so far, and its title. */
    Map<Long, String> links() {
        return actors.shownLinks();
    }

    /**
     * Links the next document.
     *
     * @param earliestSimilar the earliest document before it whose text is a near-duplicate of its, if any
     */
    Linked link(CorpusInput input, @Nullable String earliestSimilar) {
        long version = ++versions;
        actors.begin(version, input.published());
        Map<String, ActorLinking.Link> links = ActorLinking.link(version, input.entities(), actors);
        actors.record(version, input.entities(), links);
        List<ActorRow> actorRows = new ArrayList<>();
        Map<String, Long> actorOf = new HashMap<>();
        links.forEach((entity, link) -> {
            MemoryActors.Actor actor = actors.actor(link.actorId());
            actorRows.add(new ActorRow(input.id(), entity, link.actorId(), actor.type().name(), actor.name(),
                    link.key()));
            actorOf.put(entity, link.actorId());
        });
        @Nullable String original = earliestSimilar == null ? null : copyOf.getOrDefault(earliestSimilar, earliestSimilar);
        if (original != null) {
            copyOf.put(input.id(), original);
        }
        List<StoryRow> storyRows = new ArrayList<>();
        for (EventFeatures.Draft draft : input.events()) {
            EventFeatures f = draft.withActors(actorOf);
            Optional<StoryMatch.Match> best = StoryMatch.best(f, stories);
            long story = best.map(StoryMatch.Match::story).orElseGet(stories::create);
            stories.add(story, f);
            storyRows.add(new StoryRow(input.id(), f.eventId(), story, f.type(), f.day(),
                    best.map(StoryMatch.Match::score).orElse(0.0)));
        }
        return new Linked(actorRows, storyRows, Optional.ofNullable(original));
    }
}
