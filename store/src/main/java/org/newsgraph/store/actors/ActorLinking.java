package org.newsgraph.store.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;

/**
 * The decisions of actor linking, over an {@link ActorDirectory}: which actor each entity of one
 * article version is. An entity goes to the actor that its type and {@link NameKey} point to, or to
 * a new actor that the key then points to. A person's name is keyed without the titles written
 * before it ("President Donald Trump" is Donald Trump); "Donald J. Trump" joins a stored "Donald
 * Trump" unless that actor goes by other initials; a person named by surname alone ("Trump", "Mr.
 * Lee") is linked by {@link SurnameResolver} to a stored person when the evidence is unambiguous, or
 * else gets a surname-alone actor. Every new person actor is listed under its surname keys. Entities
 * of other types and names without letters or digits are not linked.
 *
 * <p>An entity linked to Wikipedia goes, after a name key an analyst pinned, to the actor of its page
 * title (so "Kim Jong-un" and "Kim Jong Un" linked to {@code Kim_Jong_Un} are one actor even where
 * their keys differ); else to the actor its name points to if that actor has no link yet, which then
 * takes the title; else to a new actor with that title. So entities with different links are never
 * one actor, even with the same name, unless an analyst merges them. An unlinked entity goes by its
 * name, to a linked actor too. The store runs it on its tables
 * ({@link ActorLinker}), a batch job on its own directory; the same directory contents give the same
 * links. Stateless.
 */
public final class ActorLinking {

    /** The entity types that are actors. */
    public static final Set<EntityType> ACTOR_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GPE, EntityType.LOCATION, EntityType.FACILITY);

    /** The types whose actors are a surname's context when they are mentioned with it. */
    public static final Set<EntityType> CONTEXT_TYPES = EnumSet.of(EntityType.ORGANIZATION, EntityType.GPE);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A middle name written as initials only: "J." or "H.W.". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.?)+");

    /**
     * What linking needs of an entity.
     *
     * @param id     its id in the document
     * @param type   its type
     * @param name   its name
     * @param titles the titles of its roles, as written
     * @param link   the title of its Wikipedia page, or null if it is not linked
     */
    public record Named(String id, EntityType type, String name, List<String> titles, @Nullable String link)
            implements java.io.Serializable {
        public Named {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            titles = List.copyOf(titles);
        }

        /** What linking needs of {@code entity}. */
        public static Named of(Entity entity) {
            return new Named(entity.id(), entity.type(), entity.name(), entity.roles().stream().map(Role::title).toList(),
                    entity.link() == null ? null : entity.link().title());
        }
    }

    /**
     * The actor of one entity.
     *
     * @param actorId the actor
     * @param key     the name key (or surname key) it was linked by
     */
    public record Link(long actorId, String key) {
    }

    private ActorLinking() {
    }

    /**
     * Links the entities of the version {@code versionId}, adding the actors, keys and surname rows
     * that linking creates to {@code directory}; the caller records the links themselves.
     *
     * @return the link of each linked entity, by entity id, in the order of {@code entities} (surnames
     *         alone last)
     */
    public static <X extends Exception> Map<String, Link> link(long versionId, List<Named> entities,
            ActorDirectory<X> directory) throws X {
        // Two entities of one article can share a key (the entity layer left them apart): one actor.
        Map<String, Long> seen = new HashMap<>();
        Map<String, Link> links = new LinkedHashMap<>();
        List<Named> surnamesAlone = new ArrayList<>();
        Set<Long> coMentioned = new HashSet<>();
        for (Named entity : entities) {
            if (!ACTOR_TYPES.contains(entity.type())) {
                continue;
            }
            @Nullable PersonName person = entity.type() == EntityType.PERSON ? PersonName.parse(entity.name()) : null;
            if (person != null && person.surnameOnly()) {
                surnamesAlone.add(entity);
                continue;
            }
            String key = person != null ? person.key() : NameKey.of(entity.name());
            if (key.isEmpty()) {
                continue;
            }
            String block = entity.link() != null ? "link\t" + entity.link() : entity.type().name() + '\t' + key;
            Long actor = seen.get(block);
            if (actor == null) {
                actor = actorFor(directory, entity.type(), key, person != null ? person.bare() : entity.name(), person,
                        entity.link());
                seen.put(block, actor);
            }
            links.put(entity.id(), new Link(actor, key));
            if (CONTEXT_TYPES.contains(entity.type())) {
                coMentioned.add(actor);
            }
        }
        // Surnames alone last, so that their context (the article's other actors) is known.
        SurnameResolver<X> resolver = new SurnameResolver<>(directory);
        Set<Long> linkedByName = new HashSet<>();
        links.values().forEach(link -> linkedByName.add(link.actorId()));
        for (Named entity : surnamesAlone) {
            PersonName person = PersonName.parse(entity.name());
            String key = person.surnameKey();
            @Nullable String link = entity.link();
            String block = link != null ? "link\t" + link : "surname\t" + key;
            Long actor = seen.get(block);
            if (actor == null) {
                // An analyst's pin of the surname first (the resolver follows it), then the link's actor.
                boolean pinned = directory.pinned(EntityType.PERSON, key).isPresent();
                actor = link == null || pinned ? null : directory.byTitle(link).orElse(null);
                if (actor == null) {
                    Set<String> titles = new HashSet<>(person.titles());
                    entity.titles().forEach(t -> titles.add(t.strip().toLowerCase(Locale.ROOT)));
                    actor = resolver.resolve(key, new SurnameResolver.Context(versionId, titles, coMentioned,
                            linkedByName)).orElse(null);
                    if (actor != null && link != null && !pinned && !accepts(directory, actor, link)) {
                        actor = null; // a person with another link: not this one
                    }
                }
                if (actor == null) {
                    actor = directory.create(EntityType.PERSON, person.bare());
                    directory.addSurnames(actor, person);
                }
                if (link != null && pinned) {
                    directory.showLink(actor, link);
                } else if (link != null) {
                    giveLink(directory, actor, link);
                }
                seen.put(block, actor);
            }
            links.put(entity.id(), new Link(actor, key));
        }
        return links;
    }

    /**
     * The actor of a named entity: by the analyst's pin of its key, then by its Wikipedia title
     * {@code link} if it has one, then by its key (or its name without middle initials) if that actor
     * has no other link, else a new actor.
     */
    private static <X extends Exception> long actorFor(ActorDirectory<X> directory, EntityType type, String key,
            String name, @Nullable PersonName person, @Nullable String link) throws X {
        if (link != null) {
            Optional<Long> pinned = directory.pinned(type, key);
            if (pinned.isPresent()) {
                directory.showLink(pinned.get(), link);
                return pinned.get();
            }
            Optional<Long> linked = directory.byTitle(link);
            if (linked.isPresent()) {
                if (directory.find(type, key).isEmpty()) {
                    directory.addKey(type, key, linked.get());
                }
                return linked.get();
            }
        }
        Optional<Long> keyed = directory.find(type, key);
        long found = keyed.orElse(-1L);
        if (keyed.isEmpty() && person != null) {
            found = withoutMiddleInitials(directory, type, person);
        }
        if (found >= 0 && (link == null || accepts(directory, found, link))) {
            if (keyed.isEmpty()) {
                directory.addKey(type, key, found);
            }
            if (link != null) {
                giveLink(directory, found, link);
            }
            return found;
        }
        long actor = directory.create(type, name);
        // A concurrent writer inserting the same key into the store fails here with a unique violation;
        // the store then retries the whole article, and finds its actor.
        if (keyed.isEmpty()) {
            directory.addKey(type, key, actor);
        }
        if (person != null) {
            directory.addSurnames(actor, person);
        }
        if (link != null) {
            giveLink(directory, actor, link);
        }
        return actor;
    }

    /** Whether an entity linked to {@code title} may be the actor: it has no link yet, or that one. */
    private static <X extends Exception> boolean accepts(ActorDirectory<X> directory, long actorId, String title)
            throws X {
        String shown = directory.linkOf(actorId);
        return shown == null || shown.equals(title);
    }

    /**
     * Makes {@code title} the actor's unless another actor has it (so two titles meet in one actor only
     * by an analyst's merge); the actor shows it if it shows none.
     */
    private static <X extends Exception> void giveLink(ActorDirectory<X> directory, long actorId, String title)
            throws X {
        if (directory.byTitle(title).isEmpty()) {
            directory.addLink(title, actorId);
        }
        directory.showLink(actorId, title);
    }

    /**
     * "Donald J. Trump" when only "Donald Trump" is stored: the actor of the name without its middle
     * initials, unless that actor already goes by other initials ("George W. Bush" is stored under
     * "George Bush", so "George H.W. Bush" is not). Returns -1 when there is no such actor.
     */
    private static <X extends Exception> long withoutMiddleInitials(ActorDirectory<X> directory, EntityType type,
            PersonName person) throws X {
        List<String> words = List.of(SPACES.split(person.bare()));
        if (words.size() < 3) {
            return -1;
        }
        List<String> middle = words.subList(1, words.size() - 1);
        if (!middle.stream().allMatch(w -> INITIALS.matcher(w).matches())) {
            return -1;
        }
        String first = NameKey.of(words.get(0));
        String last = NameKey.of(words.get(words.size() - 1));
        Optional<Long> found = directory.find(type, first + last);
        if (found.isEmpty()) {
            return -1;
        }
        long actor = found.get();
        for (String other : directory.keys(actor)) {
            if (!other.equals(first + last) && other.startsWith(first) && other.endsWith(last)
                    && other.length() > first.length() + last.length()) {
                return -1; // the same first and last name with other initials: maybe another person
            }
        }
        return actor;
    }
}
