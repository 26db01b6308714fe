package org.newsgraph.store.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How likely two events are the same real-world happening, as a score of at least 0: events of
 * different PLOVER types score 0, and so do two events of one article with different trigger lemmas
 * (an article names one happening with one word, and the words around two events of one sentence
 * say nothing about them being one); otherwise the score adds
 * <ul>
 * <li>{@value #LEMMA} for the same trigger lemma ("killed" / "kills"),</li>
 * <li>{@value #ACTORS} times the share of the smaller actor set found in the other (the same
 *     corpus-wide actors: "Israel" and "Israeli army" are two, "Kim Jong Un" and "Kim Jong-un" one),</li>
 * <li>{@value #SAME_PLACE} for the same place, {@value #OTHER_PLACE} for two different known places,</li>
 * <li>{@value #SAME_DAY} for the same day, {@value #NEAR_DAY} for days within {@value #NEAR_DAYS} days
 *     (nothing when a day is unknown); two events more than {@value #SPAN_DAYS} days apart score 0,</li>
 * <li>{@value #WORDS} times the Jaccard similarity of the content words of the two sentences,</li>
 * <li>{@value #LEAD} times that of the content words of the two articles' leads.</li>
 * </ul>
 * Two events of different articles are <em>apart in content</em>, and score 0, when their sentences
 * share none of their words beyond the trigger and the named actors ({@link EventFeatures#own}) and
 * their leads less than {@value #APART_LEAD} of theirs: a campaign's daily "X attacked
 * Y over Benghazi in Iowa", "X attacked Y over her emails in Ohio" are two happenings however alike
 * their lemma, actors and days. Sentences without such words are not compared.
 * An event joins the story whose best-matching event scores at least {@value #THRESHOLD}: the same
 * lemma alone (0.4) is not enough; the same lemma with a shared actor (0.7), or with a sixth of the
 * sentence or lead words in common (0.5), is; another lemma needs shared actors and more. The weights
 * were set on the ECB+ development topics 23-25 ({@code newsgraph eval ecbplus --cross-doc}), where
 * they keep the same-lemma clusters of different happenings (another climber's fall, another arrest)
 * apart; all topics were scored only after.
 *
 * <p>A story is also bounded in time ({@link #fits}): its dated events lie within {@value #SPAN_DAYS}
 * days of each other, so an event more than {@value #SPAN_DAYS} days after the story's first day (or
 * before its last) starts another story however similar it is. Repeated acts between the same actors
 * (a campaign's daily "X attacks Y") are one story per {@value #SPAN_DAYS}-day span at most, and a
 * happening reported over weeks one story per such span: reports of a happening mostly date its
 * events by the happening's own day ("on Sunday"), not by their publication. Stateless.
 */
public final class StorySimilarity {

    public static final double LEMMA = 0.4;
    public static final double ACTORS = 0.3;
    public static final double SAME_PLACE = 0.1;
    public static final double OTHER_PLACE = -0.3;
    public static final double SAME_DAY = 0.15;
    public static final double NEAR_DAY = 0.1;
    public static final int NEAR_DAYS = 2;
    /**
     * The most days between a story's first and last dated events; also the days either side of an
     * event's day within which candidate stories are looked up.
     */
    public static final int SPAN_DAYS = 3;
    public static final double WORDS = 0.6;
    public static final double LEAD = 0.6;
    /** The lead similarity below which two events whose sentences share no word are apart in content. */
    public static final double APART_LEAD = 0.1;
    /** The score from which an event joins a story. */
    public static final double THRESHOLD = 0.5;

    private StorySimilarity() {
    }

    /** The score of {@code a} against {@code b}; symmetric. */
    public static double score(EventFeatures a, EventFeatures b) {
        boolean sameLemma = a.lemma().equals(b.lemma());
        if (!a.type().equals(b.type()) || !sameLemma && a.articleId().equals(b.articleId())) {
            return 0;
        }
        double score = sameLemma ? LEMMA : 0;
        if (!a.actorIds().isEmpty() && !b.actorIds().isEmpty()) {
            long shared = a.actorIds().stream().filter(b.actorIds()::contains).count();
            score += ACTORS * shared / Math.min(a.actorIds().size(), b.actorIds().size());
        }
        if (a.placeId() != null && b.placeId() != null) {
            score += a.placeId().equals(b.placeId()) ? SAME_PLACE : OTHER_PLACE;
        }
        if (a.day() != null && b.day() != null) {
            long apart = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.day()), LocalDate.parse(b.day())));
            if (apart > SPAN_DAYS) {
                return 0;
            }
            score += apart == 0 ? SAME_DAY : apart <= NEAR_DAYS ? NEAR_DAY : 0;
        }
        if (apart(a, b)) {
            return 0;
        }
        score += WORDS * ContentWords.jaccard(a.words(), b.words());
        score += LEAD * ContentWords.jaccard(a.context(), b.context());
        return Math.max(0, score);
    }

    /**
     * True if two events of different articles are apart in content: their sentences' words beyond their
     * own (trigger and named actors) share none, and their leads' share less than {@value #APART_LEAD}.
     */
    static boolean apart(EventFeatures a, EventFeatures b) {
        if (a.articleId().equals(b.articleId())) {
            return false;
        }
        Set<String> aWords = a.specificWords();
        Set<String> bWords = b.specificWords();
        return !aWords.isEmpty() && !bWords.isEmpty() && ContentWords.jaccard(aWords, bWords) == 0
                && ContentWords.jaccard(a.specificContext(), b.specificContext()) < APART_LEAD;
    }

    /**
     * True if an event of {@code day} may join a story of {@code days}: the story's dated events and
     * it then lie within {@value #SPAN_DAYS} days of each other. An undated event, and a story with no
     * dated event, fit any.
     */
    public static boolean fits(@Nullable String day, StoryMatch.Days days) {
        if (day == null || days.first() == null || days.last() == null) {
            return true;
        }
        LocalDate date = LocalDate.parse(day);
        LocalDate first = LocalDate.parse(days.first());
        LocalDate last = LocalDate.parse(days.last());
        LocalDate from = date.isBefore(first) ? date : first;
        LocalDate to = date.isAfter(last) ? date : last;
        return ChronoUnit.DAYS.between(from, to) <= SPAN_DAYS;
    }

    /** The score of {@code event} against a story: that of the story's best-matching event. */
    public static double score(EventFeatures event, List<EventFeatures> story) {
        double best = 0;
        for (EventFeatures member : story) {
            best = Math.max(best, score(event, member));
        }
        return best;
    }
}
