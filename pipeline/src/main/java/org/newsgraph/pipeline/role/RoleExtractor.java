package org.newsgraph.pipeline.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.lexicon.Lexicons;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Gives people the titles and affiliations the text states:
 * <ul>
 *   <li>before the name: "Kremlin spokesperson Dmitry Peskov", "Russian President Vladimir Putin",
 *       "Secretary of State Antony Blinken", "Munitions Industry Department Director Jo Chun Ryong";</li>
 *   <li>in apposition: "Kim Jong Un, President of North Korea", "Choe Son Hui, Foreign Minister";</li>
 *   <li>kinship in apposition: "his father, Kim Jong-il" (father of the pronoun's person).</li>
 * </ul>
 * The affiliation ({@link Role#of()}) is an entity: an organisation or state named beside the title,
 * or the state of a demonym ("Russian" → Russia). An affiliation the base recogniser missed
 * ("People's Army Marshal") becomes a new organisation entity. Thread-safe.
 */
public final class RoleExtractor implements Stage {

    private static final Set<String> LINKING_WORDS = Set.of("of", "for", "and", "&");
    private static final int MAX_TITLE_WORDS = 6;

    private final Lexicons lexicons;

    public RoleExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public String name() {
        return "role-extractor";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TOKENS, Facet.SENTENCES, Facet.ENTITIES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.ROLES);
    }

    @Override
    public Doc apply(Doc doc) {
        DependencyIndex parse = DependencyIndex.of(doc);
        Entities entities = new Entities(doc);
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                premodifierRole(doc, m, entities).ifPresent(r -> add(roles, e.id(), r));
                appositionRoles(doc, parse, m, entities).forEach(r -> add(roles, e.id(), r));
            }
        }
        return doc.withRoles(entities.withRoles(roles));
    }

    private static void add(Map<String, List<Role>> roles, String entity, Role role) {
        List<Role> list = roles.computeIfAbsent(entity, k -> new ArrayList<>());
        boolean known = list.stream().anyMatch(r -> r.title().equalsIgnoreCase(role.title())
                && java.util.Objects.equals(r.of(), role.of()));
        if (!known) {
            list.add(role);
        }
    }

    // ---- "Kremlin spokesperson Dmitry Peskov" ---------------------------------------------------

    private Optional<Role> premodifierRole(Doc doc, Mention m, Entities entities) {
        List<Token> tokens = doc.tokens();
        int nameStart = m.firstToken();
        if (lexicons.honorific(tokens.get(nameStart).text()).isPresent()) {
            return Optional.empty();
        }
        int left = nameStart;
        int sentenceStart = doc.sentences().get(tokens.get(nameStart).sentence()).firstToken();
        while (left > sentenceStart) {
            int j = left - 1;
            Optional<Entity> inside = entities.at(j).filter(x -> x.type() != EntityType.PERSON);
            if (inside.isPresent()) {
                left = mentionAt(inside.get(), j).firstToken();
                continue;
            }
            if (entities.at(j).isPresent() || !partOfTitlePhrase(tokens, j, sentenceStart)) {
                break;
            }
            left = j;
        }
        while (left < nameStart && !tokens.get(left).isCapitalized() && !lexicons.isTitle(tokens.get(left).text())) {
            left++; // a phrase never starts with "and", "of" or a possessive
        }
        if (left == nameStart) {
            return Optional.empty();
        }
        int titleStart = longestTitleSuffix(tokens, left, nameStart);
        if (titleStart < 0) {
            return Optional.empty();
        }
        String title = phrase(doc, titleStart, nameStart);
        String of = affiliation(doc, left, titleStart, entities);
        if (of == null && titleStart > left) {
            // No entity before the title: the words belong to the title itself ("Foreign Minister").
            titleStart = left;
            title = phrase(doc, left, nameStart);
        }
        return Optional.of(new Role(title, of, doc.span(left, nameStart)));
    }

    private boolean partOfTitlePhrase(List<Token> tokens, int j, int sentenceStart) {
        Token t = tokens.get(j);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (t.isCapitalized() && (t.isNoun() || t.pos().startsWith("JJ"))) {
            return true;
        }
        if (lexicons.isTitle(lower) && t.isNoun()) {
            return true;
        }
        if (t.pos().equals("POS") || lower.equals("s") || lower.equals("”") || lower.equals("’")) {
            // a possessive inside a name: "People's Army", also when mis-typed "People”s"
            int k = j - 1;
            while (k > sentenceStart && (tokens.get(k).text().equals("”") || tokens.get(k).text().equals("’"))) {
                k--;
            }
            return k >= sentenceStart && k < j && tokens.get(k).isCapitalized();
        }
        return LINKING_WORDS.contains(lower) && j > sentenceStart && tokens.get(j - 1).isCapitalized();
    }

    /** Start of the longest title phrase that ends at {@code end}, or -1. */
    private int longestTitleSuffix(List<Token> tokens, int from, int end) {
        for (int start = Math.max(from, end - MAX_TITLE_WORDS); start < end; start++) {
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < end; i++) {
                if (i > start) {
                    sb.append(' ');
                }
                sb.append(tokens.get(i).text());
            }
            if (lexicons.isTitle(sb.toString()) && tokens.get(end - 1).isNoun()) {
                return start;
            }
        }
        return -1;
    }

    /** The entity named in {@code [from, end)} before a title: a mention, a demonym, or a new organisation. */
    private String affiliation(Doc doc, int from, int end, Entities entities) {
        if (from >= end) {
            return null;
        }
        for (int i = end - 1; i >= from; i--) {
            Optional<Entity> e = entities.at(i).filter(x -> x.type() != EntityType.PERSON);
            if (e.isPresent()) {
                return e.get().id();
            }
        }
        List<Token> tokens = doc.tokens();
        String words = phrase(doc, from, end);
        Optional<String> place = lexicons.demonymPlace(words);
        if (place.isPresent()) {
            return entities.placeNamed(place.get(), doc.span(from, end), from, end, lexicons);
        }
        boolean nameLike = tokens.get(from).isCapitalized() && tokens.get(end - 1).isCapitalized()
                && !lexicons.isTitle(words);
        return nameLike ? entities.create(EntityType.ORGANIZATION, cleanName(words), doc.span(from, end), from, end) : null;
    }

    /** "People”s Army" → "People's Army". */
    private static String cleanName(String words) {
        return words.replaceAll("[”’]s\\b", "'s").replaceAll("\\s+", " ");
    }

    // ---- "Kim Jong Un, President of North Korea" ------------------------------------------------

    private List<Role> appositionRoles(Doc doc, DependencyIndex parse, Mention m, Entities entities) {
        List<Role> result = new ArrayList<>();
        int head = m.head();
        for (int a : parse.children(head)) {
            if (parse.relation(a).equals("appos") && a > head) {
                titleNode(doc, parse, a, entities).ifPresent(result::add);
            }
        }
        // "his father, Kim Jong-il": the name is the apposition of a title or kinship noun.
        if (parse.relation(head).equals("appos")) {
            int h = parse.head(head);
            if (h >= 0 && h < m.firstToken()) {
                titleNode(doc, parse, h, entities).ifPresent(result::add);
            }
        }
        return result;
    }

    private Optional<Role> titleNode(Doc doc, DependencyIndex parse, int node, Entities entities) {
        Token t = doc.tokens().get(node);
        boolean kinship = lexicons.isKinship(t.lemma());
        if (!t.isNoun() || !(kinship || lexicons.isTitle(t.lemma()) || lexicons.isTitle(t.text()))) {
            return Optional.empty();
        }
        int first = node;
        String of = null;
        for (int c : parse.children(node)) {
            String rel = parse.relation(c);
            if (c < node && (rel.equals("compound") || rel.equals("amod"))) {
                Optional<Entity> e = entities.at(c).filter(x -> x.type() != EntityType.PERSON);
                Optional<String> place = lexicons.demonymPlace(doc.tokens().get(c).text());
                if (e.isPresent()) {
                    of = e.get().id();
                } else if (place.isPresent()) {
                    of = entities.placeNamed(place.get(), doc.span(c, c + 1), c, c + 1, lexicons);
                } else {
                    first = Math.min(first, c);
                }
            } else if (rel.equals("nmod:poss") || rel.startsWith("nmod") && c > node) {
                Optional<Entity> e = entities.at(c);
                if (e.isPresent() && (kinship || e.get().type() != EntityType.PERSON)) {
                    of = e.get().id();
                }
            }
        }
        String title = phrase(doc, first, node + 1);
        int evidenceStart = first;
        int evidenceEnd = node + 1;
        for (int c : parse.children(node)) {
            if (!parse.relation(c).equals("punct")) {
                evidenceStart = Math.min(evidenceStart, c);
                evidenceEnd = Math.max(evidenceEnd, subtreeEnd(parse, c));
            }
        }
        return Optional.of(new Role(title, of, doc.span(evidenceStart, evidenceEnd)));
    }

    private static int subtreeEnd(DependencyIndex parse, int token) {
        int end = token + 1;
        for (int c : parse.children(token)) {
            if (c > token && !parse.relation(c).equals("punct") && !parse.relation(c).equals("appos")
                    && !parse.relation(c).equals("acl:relcl")) {
                end = Math.max(end, subtreeEnd(parse, c));
            }
        }
        return end;
    }

    private static Mention mentionAt(Entity e, int token) {
        return e.mentions().stream().filter(m -> m.containsToken(token)).findFirst().orElseThrow();
    }

    private static String phrase(Doc doc, int first, int end) {
        return doc.text().substring(doc.tokens().get(first).start(), doc.tokens().get(end - 1).end())
                .replaceAll("\\s+", " ");
    }
}
