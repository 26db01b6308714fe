package org.newsgraph.pipeline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Doc;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.lexicon.Lexicons;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Corrects the base recogniser's systematic news errors and adds the mentions it does not make.
 * <ul>
 *   <li>drops pronouns (the entity resolver links them) and spans of lower-case common nouns only
 *       ("train" as a criminal charge, "war" as a cause of death);</li>
 *   <li>types seats of power (Kremlin, White House...) as organisations and finds them when untagged;</li>
 *   <li>splits a title off the end of an organisation span ("Department of State Spokesperson");</li>
 *   <li>tells governments (GPE: countries, states, cities) from other places (regions, seas);</li>
 *   <li>types names ending in summit, games, war... as events; drops bare demonyms ("Russian");</li>
 *   <li>adds nominal mentions of specific vehicles, weapons and facilities ("his bulletproof train").</li>
 * </ul>
 * Thread-safe: the lexicons are read-only.
 */
public final class MentionCorrector implements Stage {

    private static final Set<String> SPECIFIC_DETERMINERS = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> NP_MODIFIERS = Set.of("det", "nmod:poss", "amod", "compound", "nummod");

    private final Lexicons lexicons;

    public MentionCorrector(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public String name() {
        return "mention-corrector";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TOKENS, Facet.SENTENCES, Facet.NAMED_MENTIONS);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.MENTIONS);
    }

    @Override
    public Doc apply(Doc doc) {
        DependencyIndex parse = DependencyIndex.of(doc);
        List<Mention> result = new ArrayList<>();
        for (Mention m : doc.namedMentions()) {
            correct(doc, parse, m).ifPresent(result::add);
        }
        addUntaggedNames(doc, parse, result);
        addNominals(doc, parse, result);
        result.sort(Comparator.comparingInt(Mention::firstToken).thenComparingInt(m -> -m.endToken()));
        return doc.withMentions(removeOverlaps(result));
    }

    private Optional<Mention> correct(Doc doc, DependencyIndex parse, Mention m) {
        List<Token> tokens = doc.tokens();
        int first = m.firstToken();
        int end = m.endToken();
        if (end - first == 1
                && (tokens.get(first).pos().startsWith("PRP") || tokens.get(first).pos().startsWith("WP"))) {
            return Optional.empty();
        }
        if (tokens.subList(first, end).stream().noneMatch(t -> t.isCapitalized() || t.isProperNoun())) {
            return Optional.empty();
        }
        // "Far East city": a trailing lower-case common noun is not part of the name.
        while (end - first > 1 && !tokens.get(end - 1).isCapitalized() && tokens.get(end - 1).isNoun()
                && !tokens.get(end - 1).isProperNoun()) {
            end--;
        }
        // "US Department of States Spokesperson": a trailing title is a role, not part of the name.
        if (m.type() == EntityType.ORGANIZATION) {
            int titleStart = trailingTitleStart(tokens, first, end);
            if (titleStart > first) {
                end = titleStart;
            }
        }
        if (m.type() == EntityType.PERSON && first > 0 && lexicons.honorific(tokens.get(first - 1).text()).isPresent()
                && tokens.get(first - 1).isCapitalized()) {
            first--; // "Mr. Kim": the honorific belongs to the mention (and tells the gender)
        }
        String text = doc.text().substring(tokens.get(first).start(), tokens.get(end - 1).end());
        EntityType type = retype(m.type(), text, tokens, first, end);
        if (type == null) {
            return Optional.empty();
        }
        Span span = doc.span(first, end);
        return Optional.of(new Mention(span, first, end, parse.headOf(first, end), type, MentionKind.NAME));
    }

    /** The first token of a title that ends the range, or {@code end} if there is none. */
    private int trailingTitleStart(List<Token> tokens, int first, int end) {
        for (int start = Math.max(first + 1, end - 3); start < end; start++) {
            String phrase = phrase(tokens, start, end);
            if (lexicons.isTitle(phrase) && tokens.get(start).isCapitalized()) {
                return start;
            }
        }
        return end;
    }

    private static String phrase(List<Token> tokens, int first, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    /** The corrected type of a name, or null if it is not an entity. */
    private EntityType retype(EntityType type, String text, List<Token> tokens, int first, int end) {
        if (lexicons.seatOfPower(text).isPresent()) {
            return EntityType.ORGANIZATION;
        }
        String last = tokens.get(end - 1).text();
        switch (type) {
            case LOCATION, GPE -> {
                if (lexicons.isRegion(text) || lexicons.isPlaceHead(last)) {
                    return EntityType.LOCATION;
                }
                // a one-word place the gazetteers lack is most often a town or a newer spelling ("Kyiv")
                return lexicons.placeKind(text).isPresent() || end - first == 1 ? EntityType.GPE : EntityType.LOCATION;
            }
            case ORGANIZATION -> {
                if (lexicons.countryCode(text).isPresent()) {
                    return EntityType.GPE;
                }
                return lexicons.isEventHead(last) && end - first > 1 ? EntityType.EVENT : type;
            }
            case OTHER -> {
                boolean adjectives = tokens.subList(first, end).stream().allMatch(t -> t.pos().startsWith("JJ"));
                if (adjectives || lexicons.demonymPlace(text).isPresent()) {
                    return null;
                }
                return lexicons.isEventHead(last) && end - first > 1 ? EntityType.EVENT : type;
            }
            default -> {
                return type;
            }
        }
    }

    /** Seats of power and country names the base recogniser missed. */
    private void addUntaggedNames(Doc doc, DependencyIndex parse, List<Mention> result) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isProperNoun() || covered(result, i)) {
                continue;
            }
            for (int len = 3; len >= 1; len--) {
                int end = i + len;
                if (end > tokens.size() || tokens.get(end - 1).sentence() != tokens.get(i).sentence()
                        || anyCovered(result, i, end)) {
                    continue;
                }
                String text = doc.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
                EntityType type = lexicons.seatOfPower(text).isPresent() ? EntityType.ORGANIZATION
                        : lexicons.countryCode(text).isPresent() ? EntityType.GPE : null;
                if (type != null) {
                    result.add(new Mention(doc.span(i, end), i, end, parse.headOf(i, end), type, MentionKind.NAME));
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /**
     * Definite or possessive noun phrases headed by a vehicle, weapon or facility noun ("his train",
     * "the embassy"); for weapons also bare plurals ("artillery shells").
     */
    private void addNominals(Doc doc, DependencyIndex parse, List<Mention> result) {
        List<Token> tokens = doc.tokens();
        for (int head = 0; head < tokens.size(); head++) {
            Token t = tokens.get(head);
            if (!t.isNoun() || t.isProperNoun() || covered(result, head)
                    || parse.relation(head).equals("compound")) {
                continue;
            }
            Optional<EntityType> type = lexicons.nominalType(t.lemma().toLowerCase(Locale.ROOT));
            if (type.isEmpty()) {
                continue;
            }
            int first = head;
            boolean specific = false;
            for (int c : parse.children(head)) {
                if (c < head && NP_MODIFIERS.contains(parse.relation(c))) {
                    first = Math.min(first, leftmost(parse, c));
                    if (parse.relation(c).equals("nmod:poss")
                            || parse.relation(c).equals("det")
                            && SPECIFIC_DETERMINERS.contains(tokens.get(c).text().toLowerCase(Locale.ROOT))) {
                        specific = true;
                    }
                }
            }
            boolean barePluralWeapon = type.get() == EntityType.WEAPON && t.pos().equals("NNS")
                    && parse.child(head, "det").isEmpty();
            if ((specific || barePluralWeapon) && !anyCovered(result, first, head + 1)) {
                result.add(new Mention(doc.span(first, head + 1), first, head + 1, head, type.get(),
                        MentionKind.NOMINAL));
            }
        }
    }

    private static int leftmost(DependencyIndex parse, int token) {
        int min = token;
        for (int c : parse.children(token)) {
            if (c < min) {
                min = Math.min(min, leftmost(parse, c));
            }
        }
        return min;
    }

    private static boolean covered(List<Mention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.containsToken(token));
    }

    private static boolean anyCovered(List<Mention> mentions, int first, int end) {
        for (int i = first; i < end; i++) {
            if (covered(mentions, i)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the first of overlapping mentions (sorted by start, longest first). */
    private static List<Mention> removeOverlaps(List<Mention> sorted) {
        List<Mention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Mention m : sorted) {
            if (m.firstToken() >= lastEnd) {
                kept.add(m);
                lastEnd = m.endToken();
            }
        }
        return kept;
    }
}
