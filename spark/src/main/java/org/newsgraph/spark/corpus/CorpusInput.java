package org.newsgraph.spark.corpus;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.store.actors.ActorLinking;
import org.newsgraph.store.dedup.MinHash;
import org.newsgraph.store.rebuild.CanonicalOrder;
import org.newsgraph.store.stories.EventFeatures;

/**
 * What the cross-article decisions need of one document, computed from it on an executor: its
 * entities as actor linking reads them, its events' features before actor linking, and the MinHash
 * signature of its text. Immutable, serializable.
 *
 * @param id        the document id
 * @param published its publication date as given, if any
 * @param entities  its entities
 * @param events    its events, in document order
 * @param signature the MinHash signature of its text (empty if it has no word)
 */
public record CorpusInput(String id, @Nullable String published, List<ActorLinking.Named> entities,
        List<EventFeatures.Draft> events, long[] signature) implements Serializable {

    public CorpusInput {
        Objects.requireNonNull(id, "id");
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        signature = signature.clone();
    }

    /** The input of {@code doc}. */
    public static CorpusInput of(Doc doc) {
        Set<String> lead = EventFeatures.lead(doc);
        return new CorpusInput(doc.id(), doc.article().published(),
                doc.entities().stream().map(ActorLinking.Named::of).toList(),
                doc.events().stream().map(e -> EventFeatures.Draft.of(doc, e, lead)).toList(),
                MinHash.signature(doc.text()));
    }

    /**
     * The key of the store's canonical order, as one string: by publication date (undated last), then
     * id. A NUL, which neither holds, separates them, so that comparing keys compares the pairs.
     */
    public String orderKey() {
        return orderKey(id, published);
    }

    /** The {@link #orderKey()} of a document: its {@link CanonicalOrder#key}. */
    public static String orderKey(String id, @Nullable String published) {
        return CanonicalOrder.key(id, published);
    }

    @Override
    public long[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorpusInput o && id.equals(o.id) && Objects.equals(published, o.published)
                && entities.equals(o.entities) && events.equals(o.events) && java.util.Arrays.equals(signature, o.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, published, entities, events, java.util.Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "CorpusInput[" + id + ", " + published + ", " + entities.size() + " entities, " + events.size()
                + " events]";
    }
}
