package org.newsgraph.pipeline.event;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.pipeline.SharedAnalyzer;
import org.newsgraph.pipeline.SharedLexicons;

/**
 * The analyser of the test JVM followed by the event extractor (the stage runs last, after
 * attribution), and a one-line rendering of events for exact assertions:
 * {@code TYPE/mode cameo "trigger": sources -> targets @place #time status (attribution)}, where an
 * actor is its entity's name (else its words) with {@code [ISO3]} when it has a country.
 */
final class SharedEvents {

    private SharedEvents() {
    }

    private static final class Holder {
        static final EventExtractor EXTRACTOR = new EventExtractor(SharedLexicons.get());
    }

    static Doc analyze(String text, String published) {
        return Holder.EXTRACTOR.apply(SharedAnalyzer.analyze(text, published));
    }

    /** The events of a text published on 2023-09-12 (a Tuesday), rendered. */
    static List<String> events(String text) {
        Doc doc = analyze(text, "2023-09-12");
        return doc.events().stream().map(e -> render(doc, e)).toList();
    }

    static String render(Doc doc, Event e) {
        StringBuilder sb = new StringBuilder(e.type());
        if (e.mode() != null) {
            sb.append('/').append(e.mode());
        }
        sb.append(' ').append(e.cameo()).append(" \"").append(e.trigger().text()).append("\": ")
                .append(actors(doc, e, ActorRole.SOURCE)).append(" -> ").append(actors(doc, e, ActorRole.TARGET));
        if (e.location() != null) {
            sb.append(" @").append(doc.findEntity(e.location()).orElseThrow().name());
        }
        if (e.time() != null) {
            sb.append(" #").append(e.time().value());
        }
        sb.append(' ').append(e.status().name().toLowerCase(Locale.ROOT));
        if (e.attribution() != null) {
            sb.append(" (").append(e.attribution()).append(')');
        }
        return sb.toString();
    }

    private static String actors(Doc doc, Event e, ActorRole role) {
        String names = e.actors().stream().filter(a -> a.role() == role).map(a -> actor(doc, a))
                .collect(Collectors.joining("; "));
        return names.isEmpty() ? "?" : names;
    }

    private static String actor(Doc doc, EventActor a) {
        String name = a.entity() == null ? a.span().text() : doc.findEntity(a.entity()).orElseThrow().name();
        return a.country() == null ? name : name + " [" + a.country() + "]";
    }
}
