package org.newsgraph.store.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The decision of story linking for one event, over the stories linked so far ({@link Stories}): its
 * blocking keys (its type with its trigger lemma, and with each of its corpus-wide actors) find at
 * most {@value #CANDIDATES} stories a key, newest first, among those with the key on a day within
 * {@value StorySimilarity#SPAN_DAYS} days of the event's, and those with the key undated (an
 * undated event: any day); a candidate whose dated events would no longer lie within
 * {@value StorySimilarity#SPAN_DAYS} days of each other with the event is left out
 * ({@link StorySimilarity#fits}); each other candidate is scored against its {@value #MEMBERS} latest events
 * ({@link #MEMBER_ORDER}), and the event joins the best scoring at least
 * {@link StorySimilarity#THRESHOLD} (the lowest story id among equals), else it starts a story. The
 * store runs it on its tables ({@link StoryLinker}), a batch job on its own; the same stories give
 * the same choice. Stateless.
 */
public final class StoryMatch {

    /** Candidate stories read per blocking key. */
    public static final int CANDIDATES = 20;
    /** Latest events of a candidate story compared with a new event. */
    public static final int MEMBERS = 10;

    /**
     * The order of a story's events from the latest: by day, latest first (undated last), then article
     * id and event id, both descending; an order of the events themselves, not of their linking.
     */
    public static final Comparator<EventFeatures> MEMBER_ORDER = Comparator
            .comparing((EventFeatures f) -> f.day() == null)
            .thenComparing(f -> f.day() == null ? "" : f.day(), Comparator.reverseOrder())
            .thenComparing(EventFeatures::articleId, Comparator.reverseOrder())
            .thenComparing(EventFeatures::eventId, Comparator.reverseOrder());

    /**
     * The stories linked so far, as story linking reads them.
     *
     * @param <X> what its methods may throw ({@link java.sql.SQLException} for the store)
     */
    public interface Stories<X extends Exception> {

        /**
         * The stories with {@code key} on a day from {@code from} to {@code to} (ISO days, inclusive),
         * one per (key, day, story), by story id descending, at most {@code limit}.
         */
        List<Long> dated(String key, String from, String to, int limit) throws X;

        /** As {@link #dated}, for the stories with {@code key} undated. */
        List<Long> undated(String key, int limit) throws X;

        /** As {@link #dated}, on any day or none. */
        List<Long> any(String key, int limit) throws X;

        /** The first {@code limit} events of {@code story} in {@link #MEMBER_ORDER}. */
        List<EventFeatures> members(long story, int limit) throws X;

        /** The first and last day of all the dated events of {@code story}. */
        Days days(long story) throws X;
    }

    /**
     * The first and last day (ISO) of a story's dated events; both null when it has none.
     *
     * @param first the earliest day
     * @param last  the latest day
     */
    public record Days(@Nullable String first, @Nullable String last) {
    }

    /**
     * The story an event joins.
     *
     * @param story the story id
     * @param score its score
     */
    public record Match(long story, double score) {
    }

    private StoryMatch() {
    }

    /** The blocking keys of an event: its type with its lemma, and with each of its actors. */
    public static List<String> keys(EventFeatures f) {
        List<String> keys = new ArrayList<>();
        keys.add(f.type() + "|l:" + StoryLinker.truncate(f.lemma(), 300));
        f.actorIds().forEach(actor -> keys.add(f.type() + "|a:" + actor));
        return keys;
    }

    /** The best candidate story scoring at least the threshold, if any. */
    public static <X extends Exception> Optional<Match> best(EventFeatures f, Stories<X> stories) throws X {
        Set<Long> candidates = new TreeSet<>();
        @Nullable String day = f.day();
        for (String key : keys(f)) {
            if (day == null) {
                candidates.addAll(stories.any(key, CANDIDATES));
            } else {
                LocalDate date = LocalDate.parse(day);
                candidates.addAll(stories.dated(key, date.minusDays(StorySimilarity.SPAN_DAYS).toString(),
                        date.plusDays(StorySimilarity.SPAN_DAYS).toString(), CANDIDATES));
                candidates.addAll(stories.undated(key, CANDIDATES));
            }
        }
        @Nullable Match best = null;
        for (long story : candidates) {
            if (!StorySimilarity.fits(day, stories.days(story))) {
                continue;
            }
            double score = StorySimilarity.score(f, stories.members(story, MEMBERS));
            if (score >= StorySimilarity.THRESHOLD && (best == null || score > best.score())) {
                best = new Match(story, score);
            }
        }
        return Optional.ofNullable(best);
    }
}
