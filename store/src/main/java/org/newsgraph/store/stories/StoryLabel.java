package org.newsgraph.store.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A story's label: its main actors, its place and its days, then the sentence of its most central
 * event, e.g. {@code Donald Trump, Hillary Clinton; Ohio; 2016-06-01 to 2016-06-04: Donald Trump
 * attacked Hillary Clinton over trade deals at a rally in Ohio.} (who, where and when first, so that a
 * label cut short in a table keeps them). The most central event is the one whose
 * {@link StorySimilarity} scores against the others sum highest, among the story's {@value #EVENTS}
 * latest events by day (ties: the earliest day, then article id, then event id), so a story is named
 * by what its reports share, not by whichever report came first. Its main actors are the
 * {@value #ACTORS} corpus-wide actors in most of those events (ties by name), its place the most
 * frequent place. Stateless.
 */
final class StoryLabel {

    /** The latest events of a story among which its most central one is chosen. */
    static final int EVENTS = 30;
    /** The main actors named. */
    static final int ACTORS = 2;
    /** The longest sentence kept whole in a label; a longer one is cut at a word and ends with "...". */
    static final int SENTENCE = 160;

    private StoryLabel() {
    }

    /** Writes the label of {@code story} from its stored events. Neither commits nor rolls back. */
    static void relabel(Connection connection, long story, @Nullable String first, @Nullable String last)
            throws SQLException {
        List<EventFeatures> events = StoryMembers.latest(connection, story, EVENTS);
        if (events.isEmpty()) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM actors WHERE actor_id = ?")) {
            for (EventFeatures e : events) {
                List<Long> ids = new ArrayList<>(e.actorIds());
                if (e.placeId() != null) {
                    ids.add(e.placeId());
                }
                for (long id : ids) {
                    if (!names.containsKey(id)) {
                        select.setLong(1, id);
                        try (ResultSet rows = select.executeQuery()) {
                            names.put(id, rows.next() ? rows.getString(1) : "actor " + id);
                        }
                    }
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE stories SET label = ? WHERE story_id = ?")) {
            update.setString(1, of(events, names::get, first, last));
            update.setLong(2, story);
            update.executeUpdate();
        }
    }

    /**
     * The label of a story of {@code events}, naming actors by {@code names}.
     *
     * @param first the story's first day, if any
     * @param last  its last day, if any
     */
    static String of(List<EventFeatures> events, Function<Long, String> names, @Nullable String first,
            @Nullable String last) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a story without events has no label");
        }
        List<String> parts = new ArrayList<>();
        List<String> actors = ranked(events.stream().flatMap(e -> e.actorIds().stream()).toList(), names);
        List<String> main = actors.subList(0, Math.min(ACTORS, actors.size()));
        if (!main.isEmpty()) {
            parts.add(String.join(", ", main));
        }
        List<String> places = ranked(events.stream().map(EventFeatures::placeId).filter(Objects::nonNull).toList(),
                names);
        if (!places.isEmpty() && !main.contains(places.get(0))) {
            parts.add(places.get(0));
        }
        if (first != null && last != null) {
            parts.add(first.equals(last) ? first : first + " to " + last);
        }
        String sentence = shorten(central(events).sentence());
        return parts.isEmpty() ? sentence : String.join("; ", parts) + ": " + sentence;
    }

    /** The event whose scores against the other events sum highest. */
    static EventFeatures central(List<EventFeatures> events) {
        Comparator<EventFeatures> order = Comparator.comparing((EventFeatures e) -> e.day() == null ? "~" : e.day())
                .thenComparing(EventFeatures::articleId).thenComparing(EventFeatures::eventId);
        EventFeatures best = null;
        double bestSum = -1;
        for (EventFeatures e : events) {
            double sum = 0;
            for (EventFeatures other : events) {
                if (other != e) {
                    sum += StorySimilarity.score(e, other);
                }
            }
            // Sums are compared to a millionth so that the same scores added in another order tie.
            boolean better = best == null || sum > bestSum + 1e-6
                    || Math.abs(sum - bestSum) <= 1e-6 && order.compare(e, best) < 0;
            if (better) {
                best = e;
                bestSum = sum;
            }
        }
        return best;
    }

    /** The names of the ids by how many times they occur, most first, then by name. */
    private static List<String> ranked(List<Long> ids, Function<Long, String> names) {
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach(id -> counts.merge(names.apply(id), 1, Integer::sum));
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String n) -> -counts.get(n)).thenComparing(Comparator.naturalOrder()));
        return ranked;
    }

    static String shorten(String sentence) {
        if (sentence.length() <= SENTENCE) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', SENTENCE - 3);
        return sentence.substring(0, cut > 0 ? cut : SENTENCE - 3).stripTrailing() + "...";
    }
}
