package org.newsgraph.store.claims;

import java.sql.Connection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.Span;
import org.newsgraph.store.stories.Sentences;
import org.newsgraph.store.stories.StoryLinker;

/**
 * The article version being linked, with what story linking found: where its events' stories, its
 * attributions' sources and their actors are.
 *
 * @param connection the store's connection, in the caller's transaction
 * @param versionId  the version just stored
 * @param doc        its analysed document
 * @param linked     its events' stories and features, and its entities' actors
 */
record ArticleContext(Connection connection, long versionId, Doc doc, StoryLinker.Linked linked) {

    /** The story of the first event whose trigger lies in the span, if any. */
    @Nullable Long storyInside(Span span) {
        for (Event event : doc.events()) {
            if (span.contains(event.trigger()) && linked.storyOf().containsKey(event.id())) {
                return linked.storyOf().get(event.id());
            }
        }
        return null;
    }

    /** The source of the attribution whose content holds the span, if any. */
    Optional<String> sourceAt(Span span) {
        return attributionAt(span).map(ArticleContext::sourceName);
    }

    @Nullable Long actorAt(Span span) {
        Optional<Attribution> a = attributionAt(span);
        if (a.isEmpty() || a.get().source() == null || a.get().source().entity() == null) {
            return null;
        }
        return linked.actorOf().get(a.get().source().entity());
    }

    Optional<Attribution> attributionAt(Span span) {
        return doc.attributions().stream().filter(a -> a.content().contains(span)).findFirst();
    }

    static @Nullable String sourceName(Attribution attribution) {
        if (attribution.source() == null || attribution.source().span() == null) {
            return null;
        }
        return ConflictWriter.oneLine(attribution.source().span().text());
    }

    /** The event whose trigger is nearest the span in the same sentence, if any. */
    Optional<Event> eventNear(Span span) {
        Span sentence = Sentences.around(doc, span.start());
        Event best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Event event : doc.events()) {
            Span t = event.trigger();
            if (!sentence.contains(t)) {
                continue;
            }
            int distance = t.end() <= span.start() ? span.start() - t.end() : Math.max(0, t.start() - span.end());
            if (distance < bestDistance) {
                best = event;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
