package org.newsgraph.pipeline.link;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Facet;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
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
 * alone needs a prior of 0.9. In an article about a match, a country is its national team
 * ({@link SportsTeams}) when the index has that team's page. The best candidate wins when its score reaches
 * {@link LinkConfig#threshold()} and it leads the second by {@link LinkConfig#margin()}. What it
 * weighs of the other entities is gathered in one pass per article ({@link ArticleNames}), so an
 * article's entities are decided in time linear in their number. Stateless after construction,
 * thread-safe.
 */
public final class EntityLinker implements Stage {

    private static final Set<EntityType> LINKED = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GPE, EntityType.LOCATION, EntityType.FACILITY, EntityType.EVENT);
    /** Title qualifiers of works and things no news entity of these types is. */
    private static final Set<String> WORKS = Set.of("film", "album", "song", "novel", "book", "play", "musical",
            "tv series", "video game", "comics", "character", "single", "ep", "soundtrack", "opera", "poem",
            "painting", "sculpture", "short story", "miniseries", "episode", "genus", "plant", "software",
            "1960 film", "band",
            // Things and notions: "Pentagon (computer)", "Colon (anatomy)" are no person, place or body.
            "computer", "programming language", "operating system", "anatomy", "biology", "chemistry",
            "mathematics", "physics", "grammar", "linguistics", "letter", "unit", "disease", "medicine", "drug",
            "food", "dish", "drink", "cocktail", "species", "animal", "bird", "fish", "insect", "horse", "dog",
            "mythology", "deity", "color", "colour", "board game", "card game", "game", "toy", "manga", "anime",
            "typeface", "name", "surname", "given name");
    /** Works whose kind ends a longer qualifier too ("2004 film", "UK TV series", "Doctor Who character"). */
    private static final Set<String> WORK_ENDINGS = Set.of("film", "album", "song", "tv series", "video game", "novel",
            "character", "single", "band", "soundtrack", "miniseries", "episode", "musical", "opera");
    private static final Set<String> PLACE_WORDS = Set.of("city", "state", "country", "province", "region",
            "county", "river", "island", "mountain", "hill", "town", "village", "district", "u.s. state");
    private static final double COHERENCE = 0.2;
    /** How much a title that is the name itself is preferred when candidates are compared. */
    static final double EPONYM = 0.2;
    /** The factor of a title the name does not agree with. */
    private static final double UNRELATED = 0.5;
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
        ArticleNames article = new ArticleNames(doc);
        List<Entity> linked = new ArrayList<>(doc.entities().size());
        for (Entity entity : doc.entities()) {
            linked.add(LINKED.contains(entity.type()) ? entity.withLink(decide(entity, article)) : entity.withLink(null));
        }
        return doc.withLinks(linked);
    }

    private @Nullable Link decide(Entity entity, ArticleNames article) {
        if (article.surnameOfAPerson(entity)) {
            return null;
        }
        Predicate<String> context = article.context(entity);
        if (entity.type() == EntityType.GPE && article.teamAlias() != null) {
            Link team = team(entity, article.teamAlias());
            if (team != null) {
                return team;
            }
        }
        String possessor = entity.type() == EntityType.ORGANIZATION ? article.possessor(entity) : null;
        if (possessor != null) {
            Link ofPlace = ofPlace(entity, possessor);
            if (ofPlace != null) {
                return ofPlace;
            }
        }
        boolean placesNamed = article.placesBesides(entity);
        boolean fullName = TitleMatch.words(entity.name()).size() >= 2;
        for (String name : names(entity)) {
            if (entity.type() == EntityType.PERSON && fullName && TitleMatch.words(name).size() < 2) {
                // A person whose full name the table lacks is not linked by a surname alone.
                return null;
            }
            List<Candidate> candidates = index.candidates(name);
            if (candidates.isEmpty()) {
                continue;
            }
            Set<String> own = TitleMatch.words(name);
            double best = -1;
            double bestScore = 0;
            double second = 0;
            String bestTitle = null;
            for (Candidate c : candidates) {
                double score = score(c, entity.type(), name, own, context, placesNamed);
                double preference = score > 0 && TitleMatch.eponymous(c.title(), name) ? score + EPONYM : score;
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
            if (bestTitle != null && ministry(own) && generic(bestTitle, own)) {
                // "the Health Ministry" is some country's, not Wikipedia's page on health ministries.
                return null;
            }
            if (bestTitle != null && bestScore >= needed && best - second >= config.margin()) {
                return new Link(bestTitle, Math.min(1, bestScore));
            }
            return null;
        }
        return null;
    }

    /**
     * The page of an organisation a place's possessive names ("Russia's Foreign Ministry"): the best
     * title of the alias "{name} of {place}" ("Foreign Ministry of Russia") that agrees with the name,
     * when its prior reaches the threshold.
     */
    private @Nullable Link ofPlace(Entity entity, String place) {
        String alias = entity.name() + " of " + place;
        for (Candidate c : index.candidates(alias)) {
            if (c.prior() >= config.threshold()
                    && TitleMatch.agrees(c.title(), entity.name(), TitleMatch.words(entity.name()))) {
                return new Link(c.title(), c.prior());
            }
        }
        return null;
    }

    /** Whether a name is a ministry's or department's. */
    private static boolean ministry(Set<String> words) {
        return words.contains("ministry") || words.contains("department");
    }

    /**
     * A page on such bodies in general: "Ministry_of_Health" or "Department_of_Health" for "Health
     * Ministry", a title of that form with no word beyond the name's own ("Irving_Police_Department"
     * is one department's page).
     */
    private static boolean generic(String title, Set<String> own) {
        return (title.startsWith("Ministry_of_") || title.startsWith("Department_of_")) && own.containsAll(
                TitleMatch.words(title).stream().filter(w -> !w.equals("of") && !w.equals("the")).toList());
    }

    /**
     * The national team a country stands for in an article about its sport: the best title of the
     * alias "{name}{teamAlias}" that is a national team's page, when its prior reaches the threshold.
     */
    private @Nullable Link team(Entity entity, String teamAlias) {
        for (String name : names(entity)) {
            String alias = name + teamAlias;
            for (Candidate c : index.candidates(alias)) {
                // The team's page, whatever its country is called there (Korea_Republic_national_football_team).
                if (c.prior() >= config.threshold() && TitleMatch.base(c.title()).endsWith(teamAlias)) {
                    return new Link(c.title(), c.prior());
                }
            }
        }
        return null;
    }

    private static double score(Candidate candidate, EntityType type, String name, Set<String> own,
            Predicate<String> context, boolean placesNamed) {
        String qualifier = TitleMatch.qualifier(candidate.title());
        if (qualifier != null && (WORKS.contains(qualifier)
                || WORK_ENDINGS.stream().anyMatch(w -> qualifier.endsWith(" " + w))
                || (type == EntityType.PERSON && PLACE_WORDS.contains(qualifier)))) {
            return 0;
        }
        boolean agrees = type == EntityType.PERSON && own.size() >= 2 ? TitleMatch.namesThePerson(candidate.title(), name)
                : TitleMatch.agrees(candidate.title(), name, own);
        double prior = agrees ? candidate.prior() : candidate.prior() * UNRELATED;
        if (placesNamed && TitleMatch.contradicted(candidate.title(), own, context)) {
            prior *= UNRELATED;
        }
        Set<String> extra = TitleMatch.words(candidate.title());
        extra.removeAll(own);
        if (extra.isEmpty()) {
            return prior;
        }
        long shared = extra.stream().filter(context).count();
        return prior + COHERENCE * shared / extra.size();
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
}
