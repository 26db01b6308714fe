package org.newsgraph.store.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * What story linking compares of one event: its PLOVER type and status, its trigger lemma, the
 * corpus-wide actors of its participants (and its place), its day, and the content words of its
 * sentence.
 *
 * @param articleId the article that reports it
 * @param eventId  the event's id in its document, e.g. v1
 * @param type     PLOVER type
 * @param status   occurred, denied... (lower case)
 * @param lemma    the lemma of the trigger's head word, lower case
 * @param actorIds the corpus-wide actors of its sources and targets, sorted
 * @param placeId  the corpus-wide actor of its place, if any
 * @param day      its ISO day (its own calendar date, else the article's publication day), if known
 * @param words    the content words of its sentence
 * @param context  the content words of its article's lead: the title and the first {@value #LEAD} sentences
 * @param sentence its sentence
 * @param own      the content words of its trigger and of its actors with an entity, which the lemma and
 *                 the actors stand for already: the words and the context beyond them are what its report
 *                 says beyond who did what ({@link StorySimilarity}, apart in content)
 */
public record EventFeatures(String articleId, String eventId, String type, String status, String lemma, Set<Long> actorIds,
        @Nullable Long placeId, @Nullable String day, Set<String> words, Set<String> context, String sentence,
        Set<String> own) {

    /** The sentences of an article's lead. */
    public static final int LEAD = 3;

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public EventFeatures {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(sentence, "sentence");
        actorIds = Set.copyOf(new TreeSet<>(actorIds));
        words = Set.copyOf(words);
        context = Set.copyOf(context);
        own = Set.copyOf(own);
    }

    /** Features without own words (stored before migration V15, or built by hand). */
    public EventFeatures(String articleId, String eventId, String type, String status, String lemma, Set<Long> actorIds,
            @Nullable Long placeId, @Nullable String day, Set<String> words, Set<String> context, String sentence) {
        this(articleId, eventId, type, status, lemma, actorIds, placeId, day, words, context, sentence, Set.of());
    }

    /** The words of its sentence beyond its {@link #own} words. */
    public Set<String> specificWords() {
        return beyondOwn(words);
    }

    /** The words of its article's lead beyond its {@link #own} words. */
    public Set<String> specificContext() {
        return beyondOwn(context);
    }

    private Set<String> beyondOwn(Set<String> all) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(own);
        return rest;
    }

    /**
     * The features of {@code event} of {@code doc}.
     *
     * @param actorOfEntity the corpus-wide actor of each linked entity of the document
     */
    public static EventFeatures of(Doc doc, Event event, Map<String, Long> actorOfEntity, Set<String> context) {
        return Draft.of(doc, event, context).withActors(actorOfEntity);
    }

    /**
     * An event's features before its entities are linked to actors: its participants and place as
     * entity ids of its document. Computed from the document alone (where it is, e.g. on a Spark
     * executor), then completed by {@link #withActors}. Serializable.
     *
     * @param actorEntities the entities of its participants, in order
     * @param placeEntity   the entity of its place, if any
     */
    public record Draft(String articleId, String eventId, String type, String status, String lemma,
            List<String> actorEntities, @Nullable String placeEntity, @Nullable String day, Set<String> words,
            Set<String> context, String sentence, Set<String> own) implements java.io.Serializable {

        public Draft {
            actorEntities = List.copyOf(actorEntities);
            words = Set.copyOf(words);
            context = Set.copyOf(context);
            own = Set.copyOf(own);
        }

        /** The draft of {@code event} of {@code doc}, whose lead has the content words {@code context}. */
        public static Draft of(Doc doc, Event event, Set<String> context) {
            List<String> actors = new ArrayList<>();
            Set<String> own = new TreeSet<>(ContentWords.of(doc, event.trigger().start(), event.trigger().end()));
            for (EventActor actor : event.actors()) {
                if (actor.entity() != null) {
                    actors.add(actor.entity());
                    own.addAll(ContentWords.of(doc, actor.span().start(), actor.span().end()));
                }
            }
            @Nullable String day = event.time() != null && EventFeatures.day(event.time().value()) != null
                    && event.time().value().length() == 10 ? event.time().value()
                    : EventFeatures.day(doc.article().published());
            Span sentence = Sentences.around(doc, event.trigger().start());
            return new Draft(doc.id(), event.id(), event.type(), event.status().name().toLowerCase(Locale.ROOT),
                    EventFeatures.lemma(doc, event.trigger()), actors, event.location(), day,
                    Set.copyOf(ContentWords.of(doc, sentence.start(), sentence.end())), context,
                    oneLine(sentence.text()), own);
        }

        /** The features, with the corpus-wide actor of each linked entity of the document. */
        public EventFeatures withActors(Map<String, Long> actorOfEntity) {
            Set<Long> actors = new TreeSet<>();
            for (String entity : actorEntities) {
                if (actorOfEntity.containsKey(entity)) {
                    actors.add(actorOfEntity.get(entity));
                }
            }
            @Nullable Long place = placeEntity == null ? null : actorOfEntity.get(placeEntity);
            return new EventFeatures(articleId, eventId, type, status, lemma, actors, place, day, words, context,
                    sentence, own);
        }
    }

    /** The content words of the article's lead: its title and its first {@value #LEAD} sentences. */
    public static Set<String> lead(Doc doc) {
        Set<String> words = new java.util.TreeSet<>();
        if (doc.article().title() != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(doc.article().title());
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (!ContentWords.STOP.contains(w)) {
                    words.add(w);
                }
            }
        }
        int end = 0;
        for (int i = 0; i < LEAD && end < doc.text().length(); i++) {
            int at = end;
            while (at < doc.text().length() && Character.isWhitespace(doc.text().charAt(at))) {
                at++;
            }
            if (at >= doc.text().length()) {
                break;
            }
            Span sentence = Sentences.around(doc, at);
            end = Math.max(sentence.end(), at + 1);
        }
        words.addAll(ContentWords.of(doc, 0, end));
        return words;
    }

    /** The day of an ISO date or date-time, if it has one. */
    static @Nullable String day(@Nullable String published) {
        if (published == null || published.length() < 10 || !DAY.matcher(published.substring(0, 10)).matches()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(published.substring(0, 10)).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The lemma of the trigger's head: its last noun or verb token (the last token if none), else
     * the last word of the trigger text.
     */
    public static String lemma(Doc doc, Span trigger) {
        List<Token> inside = new ArrayList<>();
        for (Token token : doc.tokens()) {
            if (token.start() >= trigger.start() && token.end() <= trigger.end()) {
                inside.add(token);
            }
        }
        for (int i = inside.size() - 1; i >= 0; i--) {
            if (inside.get(i).isNoun() || inside.get(i).isVerb()) {
                return inside.get(i).lemma().toLowerCase(Locale.ROOT);
            }
        }
        if (!inside.isEmpty()) {
            return inside.get(inside.size() - 1).lemma().toLowerCase(Locale.ROOT);
        }
        String[] words = trigger.text().strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
