package org.newsgraph.store.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;

/**
 * Decides which stored person a surname alone ("Trump", "Mr. Lee", "President Moon") of a new
 * article is, inside the caller's transaction, from the actors listed under that surname in
 * {@code actor_surnames} (read through its primary key; at most {@value #MAX_CANDIDATES}, the newest)
 * minus those the article's other entities are already linked to (the article's own entity layer
 * kept them apart), all read from an {@link ActorDirectory}. In this order:
 * <ol>
 *   <li>a key an analyst's merge or split pinned in {@code actor_keys} wins;</li>
 *   <li>context: each title of the entity and each organisation or country of the article that
 *       exactly one candidate shares (in its {@value #RECENT_VERSIONS} most recent article versions by
 *       publication date)
 *       points to that candidate; if all such pointers name one candidate, it is the one, and if
 *       they name several, the surname stays unresolved;</li>
 *   <li>otherwise the one stored full name with that surname, if there is exactly one;</li>
 *   <li>otherwise, among several full names, the one mentioned within {@value #RECENT_DAYS} days of the
 *       article's date, if exactly one is;</li>
 *   <li>otherwise, with no full name stored, the one earlier surname-alone actor of that surname,
 *       unless both it and the entity have context and share none (two different "Mr. Lee"s).</li>
 * </ol>
 * Anything else stays unresolved, and the caller gives the entity a surname-alone actor of its own:
 * distinct people are never merged on a surname. One instance serves the linking of one article
 * version; not thread-safe.
 *
 * @param <X> what the directory may throw
 */
final class SurnameResolver<X extends Exception> {

    /** The most candidates of one surname considered: the newest actors. */
    static final int MAX_CANDIDATES = 25;
    /** How many of a candidate's most recent article versions make its context. */
    static final int RECENT_VERSIONS = 50;
    /** How close in days a candidate's mention must be to the article's date to count as recent. */
    static final int RECENT_DAYS = 30;

    /**
     * What the article says around the entity.
     *
     * @param versionId   the article version being linked
     * @param titles      the entity's titles, in lower case
     * @param coMentioned the actors of the organisations and countries of the article
     * @param linked      every actor the article's other entities are linked to
     */
    record Context(long versionId, Set<String> titles, Set<Long> coMentioned, Set<Long> linked) {
        Context {
            titles = Set.copyOf(titles);
            coMentioned = Set.copyOf(coMentioned);
            linked = Set.copyOf(linked);
        }

        boolean isEmpty() {
            return titles.isEmpty() && coMentioned.isEmpty();
        }
    }

    /** A stored person the surname may mean; {@code full} if it has a full name. */
    private record Candidate(long actorId, boolean full) {
    }

    private final ActorDirectory<X> directory;
    /** {@link #recentVersions} of the actors asked about so far: one article's linking does not change them. */
    private final Map<Long, List<Long>> recent = new HashMap<>();

    SurnameResolver(ActorDirectory<X> directory) {
        this.directory = directory;
    }

    /** The actor the surname {@code surnameKey} means in {@code context}, or empty if that is not clear. */
    Optional<Long> resolve(String surnameKey, Context context) throws X {
        Optional<Long> pinned = pinned(surnameKey);
        if (pinned.isPresent()) {
            return pinned;
        }
        List<Candidate> candidates = candidates(surnameKey, context.linked());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> full = candidates.stream().filter(Candidate::full).toList();
        if (candidates.size() == 1 && full.size() == 1) {
            return Optional.of(full.get(0).actorId());
        }
        Map<Long, Set<String>> titles = new LinkedHashMap<>();
        Map<Long, Set<Long>> coMentions = new LinkedHashMap<>();
        // A candidate's own context is read only where it can decide something.
        boolean aloneNeedsItsContext = full.isEmpty() && candidates.size() == 1 && !context.isEmpty();
        boolean readTitles = !context.titles().isEmpty() || aloneNeedsItsContext;
        boolean readCoMentions = !context.coMentioned().isEmpty() || aloneNeedsItsContext;
        for (Candidate candidate : candidates) {
            List<Long> versions = readTitles || readCoMentions ? recentVersions(candidate.actorId()) : List.of();
            titles.put(candidate.actorId(), readTitles ? titles(candidate.actorId(), versions) : Set.of());
            coMentions.put(candidate.actorId(), readCoMentions ? coMentions(candidate.actorId(), versions) : Set.of());
        }
        Set<Long> pointed = new HashSet<>();
        for (String title : context.titles()) {
            only(titles.entrySet().stream().filter(e -> e.getValue().contains(title)).map(Map.Entry::getKey).toList())
                    .ifPresent(pointed::add);
        }
        for (long other : context.coMentioned()) {
            only(coMentions.entrySet().stream().filter(e -> e.getValue().contains(other)).map(Map.Entry::getKey)
                    .toList()).ifPresent(pointed::add);
        }
        if (pointed.size() == 1) {
            return Optional.of(pointed.iterator().next());
        }
        if (pointed.size() > 1) {
            return Optional.empty();
        }
        if (full.size() == 1) {
            return Optional.of(full.get(0).actorId());
        }
        if (full.size() > 1) {
            return recent(full, context.versionId());
        }
        if (candidates.size() == 1) {
            long alone = candidates.get(0).actorId();
            boolean itsContext = !titles.get(alone).isEmpty() || !coMentions.get(alone).isEmpty();
            return context.isEmpty() || !itsContext ? Optional.of(alone) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Long> only(List<Long> supporters) {
        return supporters.size() == 1 ? Optional.of(supporters.get(0)) : Optional.empty();
    }

    private Optional<Long> pinned(String surnameKey) throws X {
        return directory.pinned(EntityType.PERSON, surnameKey);
    }

    private List<Candidate> candidates(String surnameKey, Set<Long> excluded) throws X {
        Map<Long, Boolean> full = new LinkedHashMap<>();
        for (ActorDirectory.SurnameRow row : directory.surnameRows(surnameKey)) {
            if (!excluded.contains(row.actorId())) {
                full.merge(row.actorId(), row.full(), Boolean::logicalOr);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        full.forEach((actor, isFull) -> candidates.add(new Candidate(actor, isFull)));
        return candidates;
    }

    private List<Long> recentVersions(long actorId) throws X {
        List<Long> known = recent.get(actorId);
        if (known != null) {
            return known;
        }
        List<Long> versions = List.copyOf(directory.recentVersions(actorId));
        recent.put(actorId, versions);
        return versions;
    }

    private Set<String> titles(long actorId, List<Long> versions) throws X {
        return versions.isEmpty() ? Set.of() : directory.titles(actorId, versions);
    }

    private Set<Long> coMentions(long actorId, List<Long> versions) throws X {
        return versions.isEmpty() ? Set.of() : directory.coMentions(actorId, versions);
    }

    /** The one full name mentioned within {@value #RECENT_DAYS} days of the article's date, if exactly one is. */
    private Optional<Long> recent(List<Candidate> full, long versionId) throws X {
        @Nullable LocalDate date = date(directory.published(versionId));
        if (date == null) {
            return Optional.empty();
        }
        List<Long> recent = new ArrayList<>();
        for (Candidate candidate : full) {
            List<Long> versions = recentVersions(candidate.actorId());
            for (String other : versions.isEmpty() ? List.<String>of() : directory.published(versions)) {
                LocalDate when = date(other);
                if (when != null && Math.abs(ChronoUnit.DAYS.between(when, date)) <= RECENT_DAYS) {
                    recent.add(candidate.actorId());
                    break;
                }
            }
        }
        return only(recent);
    }

    private static @Nullable LocalDate date(@Nullable String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
