package org.newsgraph.pipeline.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Role;
import org.newsgraph.pipeline.Stage;

/**
 * Links PERSON, ORGANIZATION, GPE, LOCATION, FACILITY and EVENT entities to Wikipedia, or leaves
 * them unlinked when unsure. Candidates come from the entity's full name, then its other names,
 * looked up in an {@link AliasIndex}. A candidate's score is the alias table's prior, raised by
 * coherence (words of its title, beyond the name itself, that the article's other names or the
 * entity's roles use: "Georgia (country)" beside "Tbilisi", "Ministry of Defence (Russia)" beside
 * "Russia") and set to zero when its title's qualifier names a kind of thing the type cannot be (a
 * film, an album, a song for a person or a place). The name must agree with the title: a title that
 * shares no word with the name and is not spelt by its initials ("Clearwater" for "Florida", a noise
 * row of the alias table) counts half; a title that is the name itself, apart from a qualifier ("Hong
 * Kong", "Georgia (country)", "Houston, Texas"), is preferred over others as good by
 * {@value #EPONYM} when the candidates are compared (not in the score). A person named by one word
 * alone needs a prior of 0.9. The best candidate wins when its score reaches
 * {@link LinkConfig#threshold()} and it leads the second by {@link LinkConfig#margin()}. Stateless
 * after construction, thread-safe.
 */
public final class EntityLinker implements Stage {

    private static final Set<EntityType> LINKED = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GPE, EntityType.LOCATION, EntityType.FACILITY, EntityType.EVENT);
    /** Title qualifiers of works and things no news entity of these types is. */
    private static final Set<String> WORKS = Set.of("film", "album", "song", "novel", "book", "play", "musical",
            "tv series", "video game", "comics", "character", "single", "ep", "soundtrack", "opera", "poem",
            "painting", "sculpture", "short story", "miniseries", "episode", "genus", "plant", "software",
            "1960 film", "band");
    /** Works whose kind ends a longer qualifier too ("2004 film", "UK TV series", "Doctor Who character"). */
    private static final Set<String> WORK_ENDINGS = Set.of("film", "album", "song", "tv series", "video game", "novel",
            "character", "single", "band", "soundtrack", "miniseries", "episode", "musical", "opera");
    private static final Set<String> PLACE_WORDS = Set.of("city", "state", "country", "province", "region",
            "county", "river", "island", "mountain", "town", "village", "district", "u.s. state");
    private static final double COHERENCE = 0.2;
    /** How much a title that is the name itself is preferred when candidates are compared. */
    static final double EPONYM = 0.2;
    /** The factor of a title the name does not agree with. */
    private static final double UNRELATED = 0.5;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de", "in", "on", "at", "&");
    private static final double SINGLE_WORD_PERSON = 0.9;

    private final AliasIndex index;
    private final LinkConfig config;

    public EntityLinker(AliasIndex index, LinkConfig config) {
        this.index = Objects.requireNonNull(index, "index");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "entity-linker";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.ENTITIES, Facet.ROLES);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.LINKS);
    }

    @Override
    public Doc apply(Doc doc) {
        List<Entity> linked = new ArrayList<>(doc.entities().size());
        for (Entity entity : doc.entities()) {
            linked.add(LINKED.contains(entity.type()) ? entity.withLink(decide(entity, doc)) : entity.withLink(null));
        }
        return doc.withLinks(linked);
    }

    private @Nullable Link decide(Entity entity, Doc doc) {
        if (surnameOfAPerson(entity, doc)) {
            return null;
        }
        Set<String> context = context(entity, doc);
        boolean placesNamed = doc.entities().stream()
                .anyMatch(o -> !o.id().equals(entity.id()) && o.type() == EntityType.GPE);
        boolean fullName = words(entity.name()).size() >= 2;
        for (String name : names(entity)) {
            if (entity.type() == EntityType.PERSON && fullName && words(name).size() < 2) {
                // A person whose full name the table lacks is not linked by a surname alone.
                return null;
            }
            List<Candidate> candidates = index.candidates(name);
            if (candidates.isEmpty()) {
                continue;
            }
            Set<String> own = words(name);
            double best = -1;
            double bestScore = 0;
            double second = 0;
            String bestTitle = null;
            for (Candidate c : candidates) {
                double score = score(c, entity.type(), name, own, context, placesNamed);
                double preference = score > 0 && eponymous(c.title(), name) ? score + EPONYM : score;
                if (preference > best) {
                    second = Math.max(second, best);
                    best = preference;
                    bestScore = score;
                    bestTitle = c.title();
                } else {
                    second = Math.max(second, preference);
                }
            }
            boolean singleWordPerson = entity.type() == EntityType.PERSON && own.size() < 2;
            double needed = singleWordPerson ? Math.max(SINGLE_WORD_PERSON, config.threshold()) : config.threshold();
            if (bestTitle != null && bestScore >= needed && best - second >= config.margin()) {
                return new Link(bestTitle, Math.min(1, bestScore));
            }
            return null;
        }
        return null;
    }

    /**
     * A place or organisation named by one word that is the surname of a person the article names in
     * full ("Paris" beside "Valeska Paris", "Jordan" beside "Michael Jordan"): most likely that person
     * under another type, so no place's page is given to it.
     */
    static boolean surnameOfAPerson(Entity entity, Doc doc) {
        if (entity.type() == EntityType.PERSON || words(entity.name()).size() != 1) {
            return false;
        }
        String key = AliasKey.of(entity.name());
        for (Entity other : doc.entities()) {
            if (other.type() == EntityType.PERSON && !other.id().equals(entity.id())) {
                String[] parts = AliasKey.of(other.name()).split(" ");
                if (parts.length >= 2 && parts[parts.length - 1].equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double score(Candidate candidate, EntityType type, String name, Set<String> own,
            Set<String> context, boolean placesNamed) {
        String qualifier = qualifier(candidate.title());
        if (qualifier != null && (WORKS.contains(qualifier)
                || WORK_ENDINGS.stream().anyMatch(w -> qualifier.endsWith(" " + w))
                || (type == EntityType.PERSON && PLACE_WORDS.contains(qualifier)))) {
            return 0;
        }
        boolean agrees = type == EntityType.PERSON && own.size() >= 2 ? namesThePerson(candidate.title(), name)
                : agrees(candidate.title(), name, own);
        double prior = agrees ? candidate.prior() : candidate.prior() * UNRELATED;
        if (placesNamed && contradicted(candidate.title(), own, context)) {
            prior *= UNRELATED;
        }
        Set<String> extra = words(candidate.title());
        extra.removeAll(own);
        if (extra.isEmpty()) {
            return prior;
        }
        long shared = extra.stream().filter(context::contains).count();
        return prior + COHERENCE * shared / extra.size();
    }

    /**
     * Whether a person's page title names the person called {@code name} (two words or more): it has
     * the name's last word, and one of its other words, a longer form of one or its initial ("Charles
     * F. Bolden, Jr." for "Charles Bolden", "Creswell Eastman" for "Cres Eastman"; not "Moxon & Kobrin"
     * for "Kendrick Moxon").
     */
    static boolean namesThePerson(String title, String name) {
        List<String> names = tokens(name);
        List<String> titled = tokens(base(title).replace(',', ' '));
        if (names.size() < 2 || !titled.contains(names.get(names.size() - 1))) {
            return false;
        }
        for (String word : names.subList(0, names.size() - 1)) {
            for (String t : titled) {
                if (t.startsWith(word) || (word.startsWith(t) && t.length() == 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of the text, unaccented, in lower case, letters and digits only. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String word : AliasKey.of(unaccented(text)).split(" ")) {
            String letters = NOT_LETTER_OR_DIGIT.matcher(word).replaceAll("");
            if (!letters.isEmpty()) {
                tokens.add(letters);
            }
        }
        return tokens;
    }

    /** The text without accents: "Gómez" gives "Gomez". */
    private static String unaccented(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** The letters of the text, unaccented, in lower case. */
    private static String letters(String text) {
        StringBuilder letters = new StringBuilder();
        unaccented(text).codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString().toLowerCase(Locale.ROOT);
    }

    /** "Houston,_Texas" and "Georgia_(country)" give "Houston" and "Georgia": the title without its qualifier. */
    static String base(String title) {
        String base = title;
        int open = base.lastIndexOf("_(");
        if (open > 0 && base.endsWith(")")) {
            base = base.substring(0, open);
        }
        int comma = base.indexOf(",_");
        if (comma > 0) {
            base = base.substring(0, comma);
        }
        return base.replace('_', ' ');
    }

    /** Whether the title, without its qualifier, is the name (up to case, spacing, hyphens, a leading "the"). */
    static boolean eponymous(String title, String name) {
        return AliasKey.of(base(title)).equals(AliasKey.of(name));
    }

    /**
     * Whether the name agrees with the title: they share a word, or the name's letters are the
     * initials of the title's words, with or without its function words ("U.S.", "NATO", "UAAR").
     */
    static boolean agrees(String title, String name, Set<String> own) {
        String base = base(title);
        Set<String> titleWords = words(unaccented(base));
        if (own.stream().map(EntityLinker::unaccented).anyMatch(titleWords::contains)) {
            return true;
        }
        String acronym = letters(name);
        if (acronym.length() < 2) {
            return false;
        }
        if (acronym.equals(letters(base))) {
            return true; // "Bat Cave" and "Batcave"
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String word : AliasKey.of(base.replace(',', ' ')).split(" ")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                all.append(word.charAt(0));
                if (!FUNCTION_WORDS.contains(word)) {
                    content.append(word.charAt(0));
                }
            }
        }
        return acronym.equals(all.toString()) || acronym.equals(content.toString());
    }

    /**
     * Whether the title's qualifier is a proper name ("Democratic_Party_(United_States)",
     * "Castlefrank_Road_(Ottawa)": every word capitalised, not an acronym) that neither the name nor
     * the article's other names use, in an article that names places of its own.
     */
    static boolean contradicted(String title, Set<String> own, Set<String> context) {
        int open = title.lastIndexOf("_(");
        if (open < 0 || !title.endsWith(")")) {
            return false;
        }
        String raw = title.substring(open + 2, title.length() - 1);
        if (raw.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return false;
        }
        for (String word : raw.split("_")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        Set<String> words = words(raw.replace('_', ' '));
        return !words.isEmpty() && words.stream().noneMatch(w -> own.contains(w) || context.contains(w));
    }

    /** "Georgia_(country)" gives "country"; null without a parenthesised qualifier. */
    static @Nullable String qualifier(String title) {
        int open = title.lastIndexOf("_(");
        if (open < 0 || !title.endsWith(")")) {
            return null;
        }
        return title.substring(open + 2, title.length() - 1).replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** The full name first, then the entity's other names, longest first. */
    private static Set<String> names(Entity entity) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        entity.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).map(Mention::span)
                .map(s -> s.text().strip()).sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .forEach(names::add);
        return names;
    }

    /** Words of the article's other entity names and of this entity's roles and role holders. */
    private static Set<String> context(Entity entity, Doc doc) {
        Set<String> context = new HashSet<>();
        for (Entity other : doc.entities()) {
            if (!other.id().equals(entity.id()) && other.type() != EntityType.OTHER) {
                context.addAll(words(other.name()));
            }
        }
        for (Role role : entity.roles()) {
            context.addAll(words(role.title()));
        }
        return context;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : AliasKey.of(text.replace('(', ' ').replace(')', ' ').replace(',', ' ')).split(" ")) {
            if (w.length() > 2 || (w.length() == 2 && Character.isLetter(w.charAt(0)))) {
                words.add(w);
            }
        }
        return words;
    }
}
