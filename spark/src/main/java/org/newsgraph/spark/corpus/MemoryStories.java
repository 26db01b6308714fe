package org.newsgraph.spark.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.newsgraph.store.stories.EventFeatures;
import org.newsgraph.store.stories.StoryMatch;

/**
 * The stories of events linked one after another in the store's canonical order, in memory, as
 * {@link StoryMatch} reads them: the blocking keys of each story by day (as the store's
 * {@code story_keys}, undated as the empty day) and, per story, only the {@value StoryMatch#MEMBERS}
 * latest events in {@link StoryMatch#MEMBER_ORDER} (an event that falls out of them never comes
 * back, since events are only added). Not thread-safe.
 */
final class MemoryStories implements StoryMatch.Stories<RuntimeException> {

    /** Per key, per story (newest first), the days it has the key on. */
    private final Map<String, NavigableMap<Long, TreeSet<String>>> keys = new HashMap<>();
    private final Map<Long, TreeSet<EventFeatures>> members = new HashMap<>();
    /** Per story, the first and last day of all its dated events (not only of the latest members). */
    private final Map<Long, StoryMatch.Days> days = new HashMap<>();
    private long last;

    /** A new story's id: greater than every earlier one's. */
    long create() {
        return ++last;
    }

    /** Adds {@code f} to {@code story}, with its blocking keys. */
    void add(long story, EventFeatures f) {
        TreeSet<EventFeatures> latest = members.computeIfAbsent(story, s -> new TreeSet<>(StoryMatch.MEMBER_ORDER));
        latest.add(f);
        if (latest.size() > StoryMatch.MEMBERS) {
            latest.pollLast();
        }
        if (f.day() != null) {
            days.merge(story, new StoryMatch.Days(f.day(), f.day()), MemoryStories::span);
        }
        String day = f.day() == null ? "" : f.day();
        for (String key : new LinkedHashSet<>(StoryMatch.keys(f))) {
            keys.computeIfAbsent(key, k -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(story, s -> new TreeSet<>()).add(day);
        }
    }

    @Override
    public List<Long> dated(String key, String from, String to, int limit) {
        return rows(key, limit, day -> !day.isEmpty() && day.compareTo(from) >= 0 && day.compareTo(to) <= 0);
    }

    @Override
    public List<Long> undated(String key, int limit) {
        return rows(key, limit, String::isEmpty);
    }

    @Override
    public List<Long> any(String key, int limit) {
        return rows(key, limit, day -> true);
    }

    @Override
    public List<EventFeatures> members(long story, int limit) {
        List<EventFeatures> latest = new ArrayList<>(members.getOrDefault(story, new TreeSet<>(StoryMatch.MEMBER_ORDER)));
        return List.copyOf(latest.subList(0, Math.min(limit, latest.size())));
    }

    @Override
    public StoryMatch.Days days(long story) {
        return days.getOrDefault(story, new StoryMatch.Days(null, null));
    }

    private static StoryMatch.Days span(StoryMatch.Days a, StoryMatch.Days b) {
        return new StoryMatch.Days(min(a.first(), b.first()), max(a.last(), b.last()));
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One story id per (key, day, story) row whose day passes, newest story first, at most {@code limit}. */
    private List<Long> rows(String key, int limit, Predicate<String> day) {
        List<Long> rows = new ArrayList<>();
        for (Map.Entry<Long, TreeSet<String>> story : keys.getOrDefault(key, new TreeMap<>()).entrySet()) {
            for (String d : story.getValue()) {
                if (rows.size() >= limit) {
                    return rows;
                }
                if (day.test(d)) {
                    rows.add(story.getKey());
                }
            }
        }
        return rows;
    }
}
