package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.lexicon.Lexicons;

/**
 * Turns the head word of an actor phrase into {@link EventActor}s: its entity (through names and the
 * pronouns the entity layer resolved), "I" and "we" in a quotation as the quoted speaker, a relative
 * pronoun as the noun it modifies, "the two leaders" as the last two people with titles, and an
 * unnamed noun phrase ("police", "protesters") with no entity. A person gets the state or
 * organisation a role ties them to as affiliation; actors get country codes. Unresolved pronouns,
 * numbers and dates are not actors. Stateless.
 */
final class ActorResolver {

    private static final Set<String> LEADER_TITLES = Set.of("president", "prime minister", "premier", "chancellor",
            "king", "queen", "emperor", "leader", "chairman", "sultan", "emir", "head of state", "head of government");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");
    private static final Set<String> RELATIVE = Set.of("WDT", "WP", "WP$");
    private static final Set<String> LEFT_OF_NOUN = Set.of("det", "amod", "compound", "nummod", "nmod:poss", "advmod",
            "punct", "det:predet");

    private final Lexicons lexicons;
    private final CountryCoder countries;

    ActorResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.countries = new CountryCoder(lexicons);
    }

    List<EventActor> resolve(DocView v, int head, ActorRole role) {
        int h = RELATIVE.contains(v.token(head).pos()) ? relativeAntecedent(v, head) : head;
        if (h < 0 || v.token(h).pos().equals("CD") || isDate(v, h)) {
            return List.of();
        }
        Optional<Entity> speaker = FIRST_PERSON.contains(v.word(h)) ? quotedSpeaker(v, h) : Optional.empty();
        if (speaker.isPresent()) {
            return List.of(actor(v, role, speaker.get(), v.doc().span(h, h + 1)));
        }
        Optional<Entity> entity = v.entity(h);
        if (entity.isPresent()) {
            Span span = v.mention(h).map(Mention::span).orElse(v.doc().span(h, h + 1));
            return List.of(actor(v, role, entity.get(), span));
        }
        if (v.isPronoun(h) || EventLexicon.get().isEventNoun(v.lemma(h))) {
            return List.of(); // an unresolved pronoun, or an event ("agreed to a ceasefire") is no actor
        }
        List<Entity> group = groupOfTwo(v, h);
        if (!group.isEmpty()) {
            Span span = phrase(v, h);
            return group.stream().map(e -> actor(v, role, e, span)).toList();
        }
        Span span = phrase(v, h);
        return List.of(new EventActor(role, null, span, null, country(v, h, span).orElse(null)));
    }

    EventActor actor(DocView v, ActorRole role, Entity entity, Span span) {
        Optional<Entity> affiliation = countries.affiliation(v.doc(), entity);
        return new EventActor(role, entity.id(), span, affiliation.map(Entity::id).orElse(null),
                countries.code(v.doc(), entity).orElse(null));
    }

    /** "Russian troops", "US officials", "Pakistan's foreign minister": the country of a demonym or state before an unnamed noun. */
    private Optional<String> country(DocView v, int h, Span span) {
        Optional<String> whole = countries.code(span.text());
        if (whole.isPresent()) {
            return whole;
        }
        List<Integer> modifiers = new ArrayList<>();
        for (int m : v.parse().children(h)) {
            String rel = v.parse().relation(m);
            if (m < h && (rel.equals("amod") || rel.equals("compound"))) {
                modifiers.add(m);
            }
        }
        for (int m : v.parse().children(h)) {
            if (v.parse().relation(m).equals("nmod:poss") && !v.isPronoun(m)) {
                modifiers.add(m); // "Pakistan's foreign minister", but not "his Japanese counterpart"
            }
        }
        for (int m : modifiers) {
            Optional<String> code = v.entity(m).map(e -> countries.code(v.doc(), e)).orElse(Optional.empty())
                    .or(() -> countries.code(v.token(m).text()));
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    /** A demonym or country word modifying a noun ("Russian forces") as an actor with no entity. */
    Optional<EventActor> demonym(DocView v, int token, ActorRole role) {
        Optional<String> code = countries.code(v.token(token).text());
        if (code.isEmpty() || lexicons.demonymPlace(v.token(token).text()).isEmpty() && v.entity(token).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventActor(role, null, v.doc().span(token, token + 1), null, code.get()));
    }

    private static boolean isDate(DocView v, int h) {
        Span word = v.doc().span(h, h + 1);
        return v.doc().timexes().stream().anyMatch(x -> x.span().overlaps(word));
    }

    private static int relativeAntecedent(DocView v, int pronoun) {
        int clause = v.parse().head(pronoun);
        while (clause >= 0 && !v.parse().relation(clause).startsWith("acl")) {
            clause = v.parse().relation(clause).equals("conj") ? v.parse().head(clause) : -1;
        }
        return clause < 0 ? -1 : v.parse().head(clause);
    }

    /** The speaker of a direct or mixed quotation that contains the token. */
    private static Optional<Entity> quotedSpeaker(DocView v, int token) {
        Span word = v.doc().span(token, token + 1);
        Attribution best = null;
        for (Attribution a : v.doc().attributions()) {
            boolean quoted = a.kind() == AttributionKind.DIRECT || a.kind() == AttributionKind.MIXED;
            if (quoted && a.content().contains(word) && a.source() != null && a.source().entity() != null
                    && (best == null || a.content().length() < best.content().length())) {
                best = a;
            }
        }
        return best == null ? Optional.empty() : v.doc().findEntity(best.source().entity());
    }

    /**
     * "the two leaders", "both presidents": the last two people named before the phrase whose titles
     * fit it (a head of state or government for "leaders"), leaving out the source quoted for it.
     */
    private List<Entity> groupOfTwo(DocView v, int h) {
        boolean two = v.parse().children(h).stream()
                .anyMatch(c -> v.word(c).equals("two") || v.word(c).equals("both"));
        if (!two || !v.token(h).pos().equals("NNS") || !lexicons.isTitle(v.lemma(h)) && !v.lemma(h).equals("leader")) {
            return List.of();
        }
        Set<String> speakers = new HashSet<>();
        Span word = v.doc().span(h, h + 1);
        for (Attribution a : v.doc().attributions()) {
            if (a.content().contains(word) && a.source() != null && a.source().entity() != null) {
                speakers.add(a.source().entity());
            }
        }
        Set<Entity> seen = new LinkedHashSet<>();
        for (int i = h - 1; i >= 0 && seen.size() < 2; i--) {
            Optional<Entity> e = v.entity(i);
            if (e.isPresent() && e.get().type() == EntityType.PERSON && !speakers.contains(e.get().id())
                    && fits(e.get(), v.lemma(h))) {
                seen.add(e.get());
            }
        }
        return seen.size() == 2 ? new ArrayList<>(seen) : List.of();
    }

    private static boolean fits(Entity person, String groupNoun) {
        for (Role role : person.roles()) {
            String title = role.title().toLowerCase(Locale.ROOT);
            if (groupNoun.equals("leader") ? LEADER_TITLES.stream().anyMatch(title::contains) : title.contains(groupNoun)) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase of an unnamed actor: the head with its determiners and modifiers, and "of/from X". */
    private static Span phrase(DocView v, int h) {
        int first = h;
        int end = h + 1;
        for (int c : v.parse().children(h)) {
            String rel = v.parse().relation(c);
            if (c < h && LEFT_OF_NOUN.contains(rel)) {
                first = Math.min(first, Subtrees.start(v.parse(), c));
            } else if (c > h && rel.startsWith("nmod") && (v.caseOf(c).equals("of") || v.caseOf(c).equals("from"))) {
                end = Math.max(end, Subtrees.end(v.parse(), c));
            }
        }
        while (first < h && isPunct(v.token(first))) {
            first++;
        }
        return v.doc().span(first, end);
    }

    private static boolean isPunct(Token t) {
        return !Character.isLetterOrDigit(t.text().codePointAt(0));
    }
}
