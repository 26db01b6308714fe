package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.Span;

/** Lookups and invariant checks over analysed documents, for tests. */
public final class DocAssertions {

    private DocAssertions() {
    }

    public static Optional<Entity> findEntity(Doc doc, String name) {
        return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public static Entity requireEntity(Doc doc, String name) {
        return findEntity(doc, name).orElseThrow(() -> new AssertionError("no entity named '" + name + "' among "
                + doc.entities().stream().map(e -> e.name() + "/" + e.type()).collect(Collectors.joining(", "))));
    }

    /** The entity with a mention whose text is exactly {@code text}, first in text order. */
    public static Optional<Entity> entityWithMention(Doc doc, String text) {
        return doc.entities().stream().filter(e -> mentionTexts(e).contains(text)).findFirst();
    }

    public static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(m -> m.span().text()).toList();
    }

    public static String roleSummary(Doc doc, Role r) {
        String of = r.of() == null ? "" : " of " + doc.findEntity(r.of()).map(Entity::name).orElse("?");
        return r.title() + of;
    }

    public static List<String> roles(Doc doc, Entity e) {
        return e.roles().stream().map(r -> roleSummary(doc, r)).toList();
    }

    public static List<EntityType> types(Doc doc) {
        return doc.entities().stream().map(Entity::type).toList();
    }

    /** Every span of the document (mentions, roles, timexes, quantities, attributions, events) points at exactly its text. */
    public static void assertSpansConsistent(Doc doc) {
        String text = doc.text();
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) {
                assertSpan(text, m.span());
            }
            e.roles().forEach(r -> assertSpan(text, r.evidence()));
        }
        doc.timexes().forEach(t -> assertSpan(text, t.span()));
        doc.quantities().forEach(q -> assertSpan(text, q.span()));
        for (Attribution a : doc.attributions()) {
            assertSpan(text, a.content());
            if (a.cue() != null) {
                assertSpan(text, a.cue());
            }
            if (a.source() != null) {
                assertSource(text, a.source());
            }
            a.chain().forEach(s -> assertSource(text, s));
        }
        for (Event e : doc.events()) {
            assertSpan(text, e.trigger());
            e.actors().forEach(a -> assertSpan(text, a.span()));
        }
    }

    private static void assertSource(String text, Source source) {
        if (source.span() != null) {
            assertSpan(text, source.span());
        }
    }

    private static void assertSpan(String text, Span span) {
        assertThat(span.start()).isBetween(0, span.end());
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    }
}
