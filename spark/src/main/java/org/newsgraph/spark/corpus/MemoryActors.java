package org.newsgraph.spark.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;
import org.newsgraph.store.actors.ActorDirectory;
import org.newsgraph.store.actors.ActorLinking;
import org.newsgraph.store.actors.PersonName;

/**
 * An {@link ActorDirectory} in memory, for versions linked one after another in the store's
 * canonical order (by publication date, undated last, then id): it answers as the store's tables
 * would after a {@code rebuild} of the same documents, with no analyst's corrections. Each version
 * is {@link #begin begun} before it is linked and {@link #record recorded} after. It keeps, per
 * actor, only what linking can still ask: its last {@value #RECENT_VERSIONS} dated and undated versions and its
 * newest {@value #SURNAME_ROWS} rows per surname; a version no actor holds so is dropped, so its state
 * is bounded by the actors, not the documents. Not thread-safe.
 */
final class MemoryActors implements ActorDirectory<RuntimeException> {

    /** An actor as created: its type and name. */
    record Actor(EntityType type, String name) {
    }

    /** What a version tells of the actors linked in it. */
    private record Version(@Nullable String published, Set<Long> context, Map<Long, Set<String>> titles) {
    }

    private final Map<String, Long> keys = new HashMap<>();
    private final Map<Long, List<String>> keysOf = new HashMap<>();
    private final List<Actor> actors = new ArrayList<>();
    /** Which actor each Wikipedia page title is, and the title each actor shows. */
    private final Map<String, Long> linked = new HashMap<>();
    private final Map<Long, String> shown = new HashMap<>();
    private final Map<String, Deque<SurnameRow>> surnames = new HashMap<>();
    private final Map<Long, Deque<Long>> dated = new HashMap<>();
    private final Map<Long, Deque<Long>> undated = new HashMap<>();
    private final Map<Long, Version> versions = new HashMap<>();
    /** For each kept version, how many actors' recent versions hold it. */
    private final Map<Long, Integer> held = new HashMap<>();

    /** The actor {@code actorId} as created. */
    Actor actor(long actorId) {
        return actors.get((int) actorId - 1);
    }

    /** Announces the version about to be linked. */
    void begin(long versionId, @Nullable String published) {
        versions.put(versionId, new Version(published, Set.of(), Map.of()));
    }

    /** Records the links made in a version, as the store's {@code entity_actors} and {@code roles} rows. */
    void record(long versionId, List<ActorLinking.Named> entities, Map<String, ActorLinking.Link> links) {
        Set<Long> context = new HashSet<>();
        Map<Long, Set<String>> titles = new HashMap<>();
        for (ActorLinking.Named entity : entities) {
            ActorLinking.Link link = links.get(entity.id());
            if (link == null) {
                continue;
            }
            long actor = link.actorId();
            if (ActorLinking.CONTEXT_TYPES.contains(actor(actor).type())) {
                context.add(actor);
            }
            Set<String> own = titles.computeIfAbsent(actor, a -> new HashSet<>());
            entity.titles().forEach(t -> own.add(t.strip().toLowerCase(Locale.ROOT)));
            own.addAll(PersonName.parse(entity.name()).titles());
        }
        @Nullable String published = versions.get(versionId).published();
        versions.put(versionId, new Version(published, Set.copyOf(context), Map.copyOf(titles)));
        for (long actor : titles.keySet()) {
            Deque<Long> recent = (published == null ? undated : dated).computeIfAbsent(actor, a -> new ArrayDeque<>());
            recent.addFirst(versionId);
            held.merge(versionId, 1, Integer::sum);
            if (recent.size() > RECENT_VERSIONS) {
                release(recent.removeLast());
            }
        }
        if (!held.containsKey(versionId)) {
            versions.remove(versionId);
        }
    }

    /** A version is kept while some actor's recent versions hold it: linking asks of no other. */
    private void release(long versionId) {
        if (held.merge(versionId, -1, Integer::sum) == 0) {
            held.remove(versionId);
            versions.remove(versionId);
        }
    }

    /** How many versions are kept (those some actor's recent versions hold, and one begun but not recorded). */
    int versionsKept() {
        return versions.size();
    }

    @Override
    public Optional<Long> find(EntityType type, String key) {
        return Optional.ofNullable(keys.get(type.name() + '\t' + key));
    }

    @Override
    public List<String> keys(long actorId) {
        return List.copyOf(keysOf.getOrDefault(actorId, List.of()));
    }

    @Override
    public long create(EntityType type, String name) {
        actors.add(new Actor(type, name));
        return actors.size();
    }

    @Override
    public void addKey(EntityType type, String key, long actorId) {
        if (keys.putIfAbsent(type.name() + '\t' + key, actorId) != null) {
            throw new IllegalStateException("the key " + type + " " + key + " points to an actor already");
        }
        keysOf.computeIfAbsent(actorId, a -> new ArrayList<>()).add(key);
    }

    @Override
    public void addSurnames(long actorId, PersonName name) {
        for (PersonName.Surname surname : name.surnames()) {
            Deque<SurnameRow> rows = surnames.computeIfAbsent(surname.key(), k -> new ArrayDeque<>());
            rows.addFirst(new SurnameRow(actorId, surname.part() != PersonName.Part.ONLY));
            if (rows.size() > SURNAME_ROWS) {
                rows.removeLast();
            }
        }
    }

    /** None: a batch job has no analyst's corrections. */
    @Override
    public Optional<Long> pinned(EntityType type, String key) {
        return Optional.empty();
    }

    @Override
    public Optional<Long> byTitle(String title) {
        return Optional.ofNullable(linked.get(title));
    }

    @Override
    public @Nullable String linkOf(long actorId) {
        return shown.get(actorId);
    }

    /** Each actor that shows a Wikipedia page, and its title. */
    Map<Long, String> shownLinks() {
        return Map.copyOf(shown);
    }

    @Override
    public void addLink(String title, long actorId) {
        if (linked.putIfAbsent(title, actorId) != null) {
            throw new IllegalStateException("the page " + title + " is an actor's already");
        }
    }

    @Override
    public void showLink(long actorId, String title) {
        shown.putIfAbsent(actorId, title);
    }

    @Override
    public List<SurnameRow> surnameRows(String surnameKey) {
        return List.copyOf(surnames.getOrDefault(surnameKey, new ArrayDeque<>()));
    }

    /** Dated versions newest first, then undated ones, latest linked first: the store's order, in linking order. */
    @Override
    public List<Long> recentVersions(long actorId) {
        List<Long> recent = new ArrayList<>(RECENT_VERSIONS);
        for (Deque<Long> versionsOf : List.of(dated.getOrDefault(actorId, new ArrayDeque<>()),
                undated.getOrDefault(actorId, new ArrayDeque<>()))) {
            for (Iterator<Long> it = versionsOf.iterator(); it.hasNext() && recent.size() < RECENT_VERSIONS; ) {
                recent.add(it.next());
            }
        }
        return recent;
    }

    @Override
    public Set<String> titles(long actorId, List<Long> versionIds) {
        Set<String> titles = new HashSet<>();
        versionIds.forEach(v -> titles.addAll(versions.get(v).titles().getOrDefault(actorId, Set.of())));
        return titles;
    }

    @Override
    public Set<Long> coMentions(long actorId, List<Long> versionIds) {
        Set<Long> others = new HashSet<>();
        versionIds.forEach(v -> others.addAll(versions.get(v).context()));
        return others;
    }

    @Override
    public List<String> published(List<Long> versionIds) {
        List<String> dates = new ArrayList<>();
        for (long v : versionIds) {
            @Nullable String published = versions.get(v).published();
            if (published != null) {
                dates.add(published);
            }
        }
        return dates;
    }

    @Override
    public @Nullable String published(long versionId) {
        Version version = versions.get(versionId);
        return version == null ? null : version.published();
    }
}
