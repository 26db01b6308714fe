package org.newsgraph.pipeline.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.pipeline.lexicon.Gender;
import org.newsgraph.pipeline.lexicon.Lexicons;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Consolidates mentions into entities, within one article.
 * <ul>
 *   <li>Names join an entity when they are the same name up to case, hyphens and punctuation
 *       ("Kim Jong-un" = "Kim Jong Un"), the same country ("US" = "United States"), an acronym of it
 *       ("KCNA"), or a part of a person's full name ("Mr. Kim", "Putin"). Two different full names never
 *       join: Kim Jong-il is not Kim Jong Un. A part that fits several people goes to the most
 *       mentioned one; honorifics that contradict a known gender block the link.</li>
 *   <li>Definite nominals join an earlier nominal with the same head ("his train" ... "the train").</li>
 *   <li>Pronouns join an entity only with clear evidence ({@link PronounResolver}).</li>
 * </ul>
 * Thread-safe: state lives only inside {@link #apply}.
 */
public final class EntityResolver implements Stage {


    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern HYPHENS = Pattern.compile("[-‐]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private final Lexicons lexicons;

    public EntityResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public String name() {
        return "entity-resolver";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TOKENS, Facet.SENTENCES, Facet.MENTIONS);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.ENTITIES);
    }

    @Override
    public Doc apply(Doc doc) {
        DependencyIndex parse = DependencyIndex.of(doc);
        List<EntityCluster> clusters = new ArrayList<>();
        Map<Integer, EntityCluster> byToken = new HashMap<>();
        for (Mention m : doc.mentions()) {
            EntityCluster linked = m.kind() == MentionKind.NAME ? linkName(doc, m, clusters) : linkNominal(doc, m, clusters);
            EntityCluster c = linked != null ? linked : new EntityCluster();
            if (linked == null) {
                clusters.add(c);
            }
            c.mentions.add(m);
            if (m.kind() == MentionKind.NAME) {
                c.keys.add(nameKey(doc, m));
                honorificGender(doc, m).ifPresent(g -> c.gender = g);
            }
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                // A possessive opening a nominal ("his train") is a pronoun of its own, resolved below.
                if (!(m.kind() == MentionKind.NOMINAL && doc.tokens().get(t).pos().equals("PRP$"))) {
                    byToken.put(t, c);
                }
            }
        }
        PronounResolver.resolve(doc, parse, clusters, byToken);
        return doc.withEntities(build(doc, parse, clusters, byToken));
    }

    // ---- names ----------------------------------------------------------------------------------

    private EntityCluster linkName(Doc doc, Mention m, List<EntityCluster> clusters) {
        if (m.type() == EntityType.PERSON && nameParts(doc, m).size() == 1) {
            // A lone "Clinton" may be either Clinton: only the partial-name rules, with gender, decide.
            EntityCluster partial = linkPartialPerson(doc, m, clusters);
            if (partial != null) {
                return partial;
            }
        }
        String key = nameKey(doc, m);
        for (EntityCluster c : clusters) {
            if (compatibleTypes(c.type(), m.type()) && c.keys.contains(key)
                    && c.genderFits(honorificGender(doc, m).orElse(Gender.UNKNOWN))) {
                return c;
            }
        }
        if (m.type() == EntityType.ORGANIZATION) {
            String text = m.span().text();
            for (EntityCluster c : clusters) {
                if (c.type() == EntityType.ORGANIZATION && c.mentions.stream()
                        .anyMatch(o -> isAcronymOf(text, o.span().text()) || isAcronymOf(o.span().text(), text))) {
                    return c;
                }
            }
        }
        return null;
    }

    private static boolean compatibleTypes(EntityType a, EntityType b) {
        if (a == b) {
            return true;
        }
        Set<EntityType> places = Set.of(EntityType.GPE, EntityType.LOCATION);
        return places.contains(a) && places.contains(b);
    }

    /** A single-token name ("Kim", "Mr. Putin") joins a person whose full name starts or ends with it. */
    private EntityCluster linkPartialPerson(Doc doc, Mention m, List<EntityCluster> clusters) {
        List<String> parts = nameParts(doc, m);
        if (parts.size() != 1) {
            return null;
        }
        String part = parts.get(0);
        Gender gender = honorificGender(doc, m).orElse(Gender.UNKNOWN);
        List<EntityCluster> fitting = new ArrayList<>();
        for (EntityCluster c : clusters) {
            if (c.type() != EntityType.PERSON || !c.hasFullName()) {
                continue;
            }
            if (!gender.fits(c.gender)) {
                continue;
            }
            boolean fits = c.mentions.stream().filter(o -> o.kind() == MentionKind.NAME).anyMatch(o -> {
                List<String> full = nameParts(doc, o);
                return full.size() > 1 && (full.get(0).equals(part) || full.get(full.size() - 1).equals(part));
            });
            if (fits) {
                fitting.add(c);
            }
        }
        if (fitting.size() > 1 && gender != Gender.UNKNOWN) {
            // "Mrs. Clinton" between Hillary and Bill Clinton: the given name decides.
            List<EntityCluster> sameGender = fitting.stream()
                    .filter(c -> givenNameGender(doc, c).map(gender::equals).orElse(false)).toList();
            if (!sameGender.isEmpty()) {
                fitting = sameGender;
            }
        }
        EntityCluster best = null;
        for (EntityCluster c : fitting) {
            if (best == null || c.mentions.size() > best.mentions.size()
                    || c.mentions.size() == best.mentions.size() && c.lastToken() > best.lastToken()) {
                best = c;
            }
        }
        return best;
    }

    private Optional<Gender> givenNameGender(Doc doc, EntityCluster c) {
        return c.mentions.stream().filter(m -> m.kind() == MentionKind.NAME && m.endToken() - m.firstToken() > 1)
                .findFirst()
                .flatMap(m -> nameParts(doc, m).stream().findFirst())
                .flatMap(lexicons::firstNameGender);
    }

    /** Lower-cased name tokens without honorifics, initials and punctuation. */
    private List<String> nameParts(Doc doc, Mention m) {
        List<String> parts = new ArrayList<>();
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            String t = doc.tokens().get(i).text();
            if (lexicons.honorific(t).isPresent() || INITIAL.matcher(t).matches() || !HAS_LETTER.matcher(t).matches()) {
                continue;
            }
            for (String piece : HYPHENS.split(t)) {
                if (!piece.isEmpty()) {
                    parts.add(piece.toLowerCase(Locale.ROOT));
                }
            }
        }
        return parts;
    }

    /** Identity key of a name: country code for countries, else the joined name parts. */
    private String nameKey(Doc doc, Mention m) {
        if (m.type() == EntityType.GPE || m.type() == EntityType.LOCATION) {
            Optional<String> code = lexicons.countryCode(m.span().text());
            if (code.isPresent()) {
                return "country:" + code.get();
            }
        }
        return NOT_LETTER_OR_DIGIT.matcher(String.join("", nameParts(doc, m))).replaceAll("");
    }

    /** The gender an honorific opening the mention implies ("Mr. Kim" → male). */
    private Optional<Gender> honorificGender(Doc doc, Mention m) {
        return lexicons.honorific(doc.tokens().get(m.firstToken()).text()).filter(g -> g != Gender.UNKNOWN);
    }

    /** True if {@code shortForm} is the initials of the capitalised words of {@code longForm}: KCNA. */
    static boolean isAcronymOf(String shortForm, String longForm) {
        String s = shortForm.replace(".", "");
        if (s.length() < 2 || s.length() > 8 || !s.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : longForm.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() > 1 && initials.toString().equals(s);
    }

    // ---- nominals -------------------------------------------------------------------------------

    private static EntityCluster linkNominal(Doc doc, Mention m, List<EntityCluster> clusters) {
        Token head = doc.tokens().get(m.head());
        Token first = doc.tokens().get(m.firstToken());
        String det = first.text().toLowerCase(Locale.ROOT);
        if (det.equals("a") || det.equals("an")) {
            return null;
        }
        for (int i = clusters.size() - 1; i >= 0; i--) {
            EntityCluster c = clusters.get(i);
            Mention last = c.mentions.get(c.mentions.size() - 1);
            if (last.kind() == MentionKind.NOMINAL && c.type() == m.type()
                    && doc.tokens().get(last.head()).lemma().equalsIgnoreCase(head.lemma())) {
                return c;
            }
        }
        return null;
    }

    // ---- output ---------------------------------------------------------------------------------

    private List<Entity> build(Doc doc, DependencyIndex parse, List<EntityCluster> clusters, Map<Integer, EntityCluster> byToken) {
        List<EntityCluster> ordered = new ArrayList<>(clusters);
        ordered.sort(Comparator.comparingInt(c -> c.mentions.get(0).firstToken()));
        Map<EntityCluster, String> names = new HashMap<>();
        // Names first, so that nominals can be named after their owner ("Kim Jong Un's train").
        for (EntityCluster c : ordered) {
            if (c.mentions.stream().anyMatch(m -> m.kind() == MentionKind.NAME)) {
                names.put(c, canonicalName(doc, c));
            }
        }
        for (EntityCluster c : ordered) {
            names.computeIfAbsent(c, k -> nominalName(doc, parse, k, byToken, names));
        }
        List<Entity> entities = new ArrayList<>();
        for (EntityCluster c : ordered) {
            entities.add(new Entity("e" + (entities.size() + 1), entityType(c), names.get(c), c.mentions, List.of()));
        }
        return entities;
    }

    private static EntityType entityType(EntityCluster c) {
        Map<EntityType, Integer> votes = new HashMap<>();
        for (Mention m : c.mentions) {
            if (m.kind() != MentionKind.PRONOUN) {
                votes.merge(m.type(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey() == EntityType.GPE))
                .map(Map.Entry::getKey).orElse(c.type());
    }

    /** The fullest name used; words written all in lower case get a capital ("pak Jong Chon"). */
    private String canonicalName(Doc doc, EntityCluster c) {
        Mention best = null;
        for (Mention m : c.mentions) {
            if (m.kind() == MentionKind.NAME && (best == null || m.endToken() - m.firstToken() > best.endToken() - best.firstToken())) {
                best = m;
            }
        }
        StringBuilder name = new StringBuilder();
        List<Token> tokens = doc.tokens();
        for (int i = best.firstToken(); i < best.endToken(); i++) {
            Token t = tokens.get(i);
            if (i > best.firstToken()) {
                name.append(doc.text(), tokens.get(i - 1).end(), t.start());
            }
            String text = t.text();
            if (c.type() == EntityType.PERSON && text.chars().allMatch(Character::isLowerCase)) {
                text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            }
            name.append(text);
        }
        return name.toString().replaceAll("\\s+", " ");
    }

    /** "his bulletproof train" becomes "Kim Jong Un's bulletproof train"; "the embassy" becomes "embassy". */
    private static String nominalName(Doc doc, DependencyIndex parse, EntityCluster c, Map<Integer, EntityCluster> byToken,
            Map<EntityCluster, String> names) {
        Mention best = c.mentions.stream().filter(m -> m.kind() == MentionKind.NOMINAL)
                .max(Comparator.comparingInt(m -> m.endToken() - m.firstToken()))
                .orElse(c.mentions.get(0));
        List<Token> tokens = doc.tokens();
        int first = best.firstToken();
        String owner = null;
        Token firstToken = tokens.get(first);
        if (parse.relation(first).equals("det") || firstToken.pos().equals("PRP$")) {
            EntityCluster ownerCluster = firstToken.pos().equals("PRP$") ? byToken.get(first) : null;
            if (ownerCluster != null && ownerCluster != c && names.containsKey(ownerCluster)) {
                owner = names.get(ownerCluster);
            }
            first++;
        }
        String rest = first < best.endToken() ? doc.text().substring(tokens.get(first).start(), tokens.get(best.endToken() - 1).end())
                : best.span().text();
        return owner == null ? rest : owner + "'s " + rest;
    }
}
