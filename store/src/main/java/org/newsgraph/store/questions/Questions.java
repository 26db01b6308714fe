package org.newsgraph.store.questions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.PartialDate;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.actors.ActorProfile;
import org.newsgraph.store.actors.ActorSummary;
import org.newsgraph.store.actors.Quote;
import org.newsgraph.store.claims.Claim;
import org.newsgraph.store.claims.Conflict;
import org.newsgraph.store.claims.ConflictFilter;
import org.newsgraph.store.dedup.ArticleSummary;
import org.newsgraph.store.events.EventFilter;
import org.newsgraph.store.events.EventIndex;
import org.newsgraph.store.events.StoredEvent;
import org.newsgraph.store.network.ActorNetwork;
import org.newsgraph.store.network.NetworkFilter;
import org.newsgraph.store.stories.Story;
import org.newsgraph.store.stories.StoryFilter;
import org.newsgraph.store.stories.StorySummary;

/**
 * The questions asked of one open {@link ArticleStore}. Every answer is read from the store when
 * asked (nothing is cached), so articles that another process stores show up at once. Thread-safe
 * as the store is; throws {@link org.newsgraph.store.StoreException} when the database fails,
 * {@link UnknownActorException} when a filter names an actor the store does not know, and
 * {@link IllegalArgumentException} for a filter value that cannot be used (a malformed date, an
 * unknown conflict kind).
 */
public final class Questions {

    /** Most results of each kind on a search. */
    public static final int SEARCH_LIMIT = 50;

    /** What separates the words of a query or of a text searched: anything but letters and digits. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final ArticleStore store;

    public Questions(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The stored articles, newest first; with {@code q}, only those whose title, id or outlet contain
     * every word of it.
     */
    public Paged<ArticleSummary> articles(@Nullable String q, int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative: " + limit + ", " + offset);
        }
        List<String> words = q == null ? List.of() : words(q);
        List<ArticleSummary> matching = store.articles().list(false, Integer.MAX_VALUE).stream()
                .filter(a -> words.isEmpty() || containsAll(a.title() + " " + a.id() + " " + a.source(), words))
                .toList();
        return Paged.of(matching, limit, offset);
    }

    /**
     * The latest stored articles, newest first, each with the earlier article it is a near-duplicate
     * of; with {@code copiesOnly}, only the near-duplicates.
     */
    public List<ArticleSummary> latestArticles(boolean copiesOnly, int limit) {
        return store.articles().list(copiesOnly, limit);
    }

    /** The store's change mark: the same number twice means that no answer here changed in between. */
    public long changes() {
        return store.changes();
    }

    /** The {@code newsgraph/document@1} JSON of the article's latest version, if the id is stored. */
    public Optional<String> document(String articleId) {
        return store.events().latestDocument(articleId);
    }

    /** The most mentioned actors, of one type if given; with {@code q}, those whose names match it. */
    public List<ActorSummary> actors(@Nullable EntityType type, @Nullable String q, int limit) {
        if (q == null || q.isBlank()) {
            return store.actors().top(type, limit);
        }
        return store.actors().search(q).stream()
                .filter(a -> type == null || a.type() == type)
                .limit(limit)
                .toList();
    }

    /**
     * The actor a name, part of a name or id means: the best match's profile, and the other actors
     * that match, best first.
     *
     * @throws UnknownActorException if no actor matches
     */
    public ActorMatch actor(String typed) {
        List<ActorSummary> found = matching(typed);
        ActorProfile profile = store.actors().profile(found.get(0).id())
                .orElseThrow(() -> new UnknownActorException(typed));
        return new ActorMatch(profile, found.subList(1, found.size()));
    }

    /** Everything the store knows about one actor. */
    public Optional<ActorProfile> profile(long actorId) {
        return store.actors().profile(actorId);
    }

    /** The actor an article's entity name means (the best match of its spelling), if any. */
    public Optional<ActorSummary> actorNamed(String name) {
        List<ActorSummary> found = store.actors().find(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The events the query lets through, newest first (undated last). */
    public List<StoredEvent> events(EventQuery query) {
        Long actorId = query.actor() == null ? null : actorId(query.actor());
        return store.events().find(new EventFilter(query.type(), actorId, query.from(), query.to(), query.status(),
                query.limit()));
    }

    /** The events whose source or target is the actor, oldest first (undated last): its timeline. */
    public List<StoredEvent> timeline(long actorId, int limit) {
        List<StoredEvent> newestFirst = store.events().find(new EventFilter(null, actorId, null, null, null, limit));
        List<StoredEvent> dated = new ArrayList<>(newestFirst.stream().filter(e -> e.date() != null).toList());
        Collections.reverse(dated);
        dated.addAll(newestFirst.stream().filter(e -> e.date() == null).toList());
        return dated;
    }

    /**
     * The stories, most independent sources first: of one PLOVER type, with an actor (name or id) as
     * source, target or place, going on within {@code since}..{@code until} (ISO dates or prefixes),
     * each filter only if given.
     */
    public List<StorySummary> stories(@Nullable String type, @Nullable String actor, @Nullable String since,
            @Nullable String until, int limit, int offset) {
        PartialDate.requireIfGiven("since", since);
        PartialDate.requireIfGiven("until", until);
        Long actorId = actor == null ? null : actorId(actor);
        return store.stories().list(new StoryFilter(type, actorId, since, until, limit, offset));
    }

    /** The stories with an event whose source, target or place is the actor. */
    public List<StorySummary> storiesOf(long actorId, int limit) {
        return store.stories().list(new StoryFilter(null, actorId, null, null, limit, 0));
    }

    /** One story with its events, articles (independent sources and wire copies) and conflicts. */
    public Optional<Story> story(long storyId) {
        return store.stories().get(storyId);
    }

    /**
     * The conflicts between articles, newest first: within one story, involving an actor (name or id),
     * of one kind (quantity or denial), each filter only if given.
     */
    public List<Conflict> conflicts(@Nullable Long storyId, @Nullable String actor, @Nullable String kind, int limit) {
        Long actorId = actor == null ? null : actorId(actor);
        return store.conflicts().find(new ConflictFilter(storyId, actorId, kind, limit));
    }

    /**
     * The claims that at least two articles carry, those carried by the most articles first; of one
     * source (name or id) if given.
     */
    public List<Claim> repeatedClaims(@Nullable String source, int limit) {
        Long sourceId = source == null ? null : actorId(source);
        return store.conflicts().claims(sourceId, 2, limit);
    }

    /**
     * The most active actors and stories of the last {@code days} days of publication dates in the
     * store, ending at its latest; empty if no stored article has a publication date.
     */
    public Optional<Recent> recent(int days, int limit) {
        if (days < 1 || limit < 1) {
            throw new IllegalArgumentException("days and limit must be positive: " + days + ", " + limit);
        }
        Optional<LocalDate> latest = store.articles().list(false, Integer.MAX_VALUE).stream()
                .map(a -> EventIndex.day(a.published()))
                .filter(day -> day != null && day.length() == 10 && PartialDate.isValid(day))
                .max(Comparator.naturalOrder())
                .map(LocalDate::parse);
        return latest.map(last -> {
            String to = last.toString();
            String from = last.minusDays(days - 1L).toString();
            return new Recent(from, to, days, store.actors().topPublished(from, to, limit),
                    store.stories().list(new StoryFilter(null, null, from, to, limit, 0)));
        });
    }

    /**
     * The actor network of the stored articles: the events between actors and who quotes whom, each
     * filter only if given: of one kind (a PLOVER type, {@code quotes}, or {@code mentions}, which
     * alone brings the co-mentions of two or more articles), with the actor at one end, with
     * evidence dated within {@code from}..{@code to} (ISO dates or prefixes).
     */
    public ActorNetwork network(@Nullable String kind, @Nullable Long actorId, @Nullable String from,
            @Nullable String to) {
        PartialDate.requireIfGiven("from", from);
        PartialDate.requireIfGiven("to", to);
        return store.network().links(new NetworkFilter(kind, actorId, from, to, 2));
    }

    /**
     * Quotes, newest article first: of a speaker, about an actor (names or ids; the best match), and
     * whose words contain every word of {@code q}, each filter only if given.
     */
    public List<Quote> quotes(@Nullable String speaker, @Nullable String about, @Nullable String q, int limit) {
        Long speakerId = speaker == null || speaker.isBlank() ? null : actorId(speaker);
        Long aboutId = about == null || about.isBlank() ? null : actorId(about);
        List<String> words = q == null ? List.of() : words(q);
        if (words.isEmpty()) {
            return store.actors().quotes(speakerId, aboutId, limit);
        }
        return store.actors().quotes(speakerId, aboutId, Integer.MAX_VALUE).stream()
                .filter(quote -> containsAll(quote.content(), words))
                .limit(limit)
                .toList();
    }

    /**
     * Searches actors, articles and quotes at once: the actors whose names match, the articles whose
     * title, id or outlet contain every word, and the quotes whose words (or speaker's name) contain
     * them or that the best matching actor said. The articles that mention an actor are on its page.
     */
    public SearchResults search(String q) {
        List<String> words = words(q);
        if (words.isEmpty()) {
            return new SearchResults(q, List.of(), List.of(), List.of());
        }
        List<ActorSummary> actors = store.actors().search(q).stream().limit(SEARCH_LIMIT).toList();
        Long best = actors.isEmpty() ? null : actors.get(0).id();
        List<ArticleSummary> articles = articles(q, SEARCH_LIMIT, 0).items();
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (Quote quote : store.actors().quotes(null, null, Integer.MAX_VALUE)) {
            boolean bySpeaker = best != null && best.equals(quote.speakerId());
            if (bySpeaker || containsAll(quote.content() + " " + quote.speaker(), words)) {
                quotes.putIfAbsent(quote.articleId() + "\u0000" + quote.content(), quote);
            }
            if (quotes.size() == SEARCH_LIMIT) {
                break;
            }
        }
        return new SearchResults(q, actors, articles, List.copyOf(quotes.values()));
    }

    /**
     * The id of the actor a filter names: the best match of a name, part of a name or id.
     *
     * @throws UnknownActorException if no actor matches
     */
    public long actorId(String typed) {
        return matching(typed).get(0).id();
    }

    /** The actors a typed name or id matches, best first; never empty. */
    private List<ActorSummary> matching(String typed) {
        List<ActorSummary> found = store.actors().search(typed);
        if (found.isEmpty()) {
            throw new UnknownActorException(typed);
        }
        return found;
    }

    /** The lower-case words of a query: letters and digits, split at anything else. */
    static List<String> words(String q) {
        return Arrays.stream(NON_WORD.split(q.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /**
     * Whether every word occurs in {@code haystack}, as a part of one of its words: a word holds no
     * separator, so this is a plain search of the lower-cased text (one pass, no splitting).
     */
    private static boolean containsAll(String haystack, List<String> words) {
        String text = haystack.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }
}
