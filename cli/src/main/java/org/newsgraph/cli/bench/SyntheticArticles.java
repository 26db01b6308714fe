package org.newsgraph.cli.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.newsgraph.model.ActorRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.AttributionKind;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * Analysed articles made up without the analyser, for timing the store: each one of a few hundred
 * words of invented vocabulary, with four people named in full (some with a title, some surname
 * first), one in three also with a person named by surname alone, organisations, places, a quote and
 * two typed events (a dozen types, each reported by a few verbs, the first types far more often), published
 * one day per twenty articles from 2015. People, organisations and places
 * are drawn skewed from large pools, so that a few are in many articles and most in few, as in news,
 * and the blocking keys (name keys, surnames, MinHash bands, event types and dates) grow with the
 * corpus as they would. One article in twenty is a wire copy of a recent one. The same index always
 * gives the same article. Thread-safe.
 */
public final class SyntheticArticles {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "to", "sa", "vi", "dor", "el", "an", "ri",
        "us", "ba", "ne", "go", "la", "mar", "tin", "pe", "zu", "ho", "ki", "ra", "wen"};
    private static final String[] TITLES = {"President", "Minister", "Governor", "Spokesman", "Chairman", "Senator"};
    private static final String[] ORG_KINDS = {"Party", "Ministry", "Council", "Bank", "Union", "Agency", "Group"};
    /** PLOVER types, each with the past-tense verbs that report it. */
    private static final String[][] EVENTS = {
        {"CONSULT", "met", "visited", "hosted", "called", "received"},
        {"ACCUSE", "accused", "blamed", "criticized", "condemned"},
        {"ASSAULT", "attacked", "bombed", "shelled", "raided", "shot"},
        {"AID", "helped", "funded", "supplied", "rescued"},
        {"PROTEST", "protested", "marched", "rallied", "boycotted"},
        {"COOPERATE", "signed", "endorsed", "backed", "joined"},
        {"DEMAND", "demanded", "urged", "pressed", "asked"},
        {"THREATEN", "threatened", "warned", "vowed"},
        {"SANCTION", "sanctioned", "banned", "expelled", "suspended"},
        {"SEIZE", "arrested", "detained", "seized", "captured"},
        {"AGREE", "agreed", "promised", "pledged", "offered"},
        {"REJECT", "rejected", "refused", "vetoed", "denied"}};
    private static final int PEOPLE = 30_000;
    private static final int ORGANISATIONS = 2_000;
    private static final int PLACES = 600;
    private static final int WORDS = 3_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private final long seed;

    /** Articles of the corpus {@code seed} names. */
    public SyntheticArticles(long seed) {
        this.seed = seed;
    }

    /** Article number {@code index} of the corpus, stored under {@code id}. */
    public Doc article(long index, String id) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        if (index > 20 && random.nextInt(20) == 0) {
            Doc original = article(index - 1 - random.nextInt(20), id);
            Article a = original.article();
            return original.withArticle(new Article(id, a.text() + " Updated with more reporting.", a.title(),
                    a.published(), a.url(), "Copy Wire"));
        }
        Text text = new Text(random);
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(person(skewed(random, PEOPLE)));
        }
        String organisation = organisation(skewed(random, ORGANISATIONS));
        String place = place(skewed(random, PLACES));
        String title = random.nextInt(10) < 6 ? TITLES[random.nextInt(TITLES.length)] : null;
        text.filler(2);
        int titleAt = text.length();
        if (title != null) {
            text.add(title + " ");
        }
        text.name("e1", EntityType.PERSON, people.get(0)[0]).add(" arrived in ")
                .name("e5", EntityType.GPE, place).add(". ");
        for (int i = 1; i < people.size(); i++) {
            text.filler(1).name("e" + (i + 1), EntityType.PERSON, people.get(i)[0]).add(" of the ")
                    .name("e6", EntityType.ORGANIZATION, organisation).add(" spoke. ");
        }
        if (random.nextInt(3) == 0) {
            // A person the article names by surname alone.
            text.add("Mr. ").name("e7", EntityType.PERSON, person(skewed(random, PEOPLE))[1])
                    .add(" was not available. ");
        }
        text.filler(3);
        int quoteStart = text.length() + 1;
        text.add("\"").filler(1);
        int quoteEnd = text.length() - 1;
        text.add("\" ").name("e1", EntityType.PERSON, people.get(0)[1]).add(" ");
        int cueAt = text.length();
        text.add("said. ");
        List<String[]> events = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String[] type = EVENTS[skewed(random, EVENTS.length)];
            events.add(new String[] {type[0], type[1 + random.nextInt(type.length - 1)]});
        }
        List<Span> triggers = new ArrayList<>();
        List<Span> days = new ArrayList<>();
        for (String[] event : events) {
            text.name("e2", EntityType.PERSON, people.get(1)[1]).add(" ");
            int triggerAt = text.length();
            text.add(event[1] + " ").name("e6", EntityType.ORGANIZATION, organisation).add(" on ");
            int dayAt = text.length();
            text.add("Monday in ").name("e5", EntityType.GPE, place).add(". ");
            triggers.add(new Span(triggerAt, triggerAt + event[1].length(), event[1]));
            days.add(new Span(dayAt, dayAt + "Monday".length(), "Monday"));
        }
        text.filler(4);
        String body = text.toString();
        String date = FIRST_DAY.plusDays(index / 20).toString();
        Doc doc = Doc.of(new Article(id, body, "Synthetic " + index, date, null, "Synthetic Wire"))
                .withLanguage("en");
        List<Role> roles = title == null ? List.of()
                : List.of(new Role(title, null, Span.of(body, titleAt, titleAt + title.length())));
        Attribution quote = new Attribution("a1", AttributionKind.DIRECT, Span.of(body, quoteStart, quoteEnd),
                Span.of(body, cueAt, cueAt + "said".length()), new Source(null, "e1", SourceKind.PERSON),
                Certainty.ASSERTED, List.of());
        List<Event> typed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Span trigger = triggers.get(i);
            Timex monday = new Timex(days.get(i), "DATE", FIRST_DAY.plusDays(index / 20 - 1).toString());
            typed.add(new Event("v" + (i + 1), events.get(i)[0], null, null, trigger,
                    List.of(new EventActor(ActorRole.SOURCE, "e2", trigger), new EventActor(ActorRole.TARGET, "e6",
                            trigger)), "e5", monday, EventStatus.OCCURRED, null));
        }
        return doc.withEntities(text.entities(roles)).withAttributions(List.of(quote)).withEvents(typed);
    }

    /** An index in {@code [0, pool)}, low ones far more often: a fifth of the draws fall in the first hundredth. */
    private static int skewed(SplittableRandom random, int pool) {
        double u = random.nextDouble();
        return (int) (pool * u * u * u);
    }

    /** Person number {@code index}: its full name and its surname. */
    private static String[] person(int index) {
        String surname = word(mix(index * 7L + 1) % 4_000, 3, true);
        if (index % 10 == 0) {
            // Surname first, given names after, as news writes Korean and Chinese names.
            return new String[] {surname + " " + word(mix(index) % 500, 2, true) + " "
                    + word(mix(index + 3L) % 500, 1, true), surname};
        }
        return new String[] {word(mix(index) % 300, 2, true) + " " + surname, surname};
    }

    private static String organisation(int index) {
        return word(mix(index) % 5_000, 3, true) + " " + ORG_KINDS[index % ORG_KINDS.length];
    }

    private static String place(int index) {
        return word(mix(index + 11L) % 8_000, 3, true);
    }

    /** An invented word of {@code syllables} syllables, number {@code index}. */
    private static String word(long index, int syllables, boolean capital) {
        StringBuilder word = new StringBuilder();
        long rest = index;
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[(int) (rest % SYLLABLES.length)]);
            rest /= SYLLABLES.length;
        }
        return capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word.toString();
    }

    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    /** An article text as it is written, with the mentions of its entities. */
    private static final class Text {

        private final SplittableRandom random;
        private final StringBuilder text = new StringBuilder();
        private final Map<String, EntityType> types = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, List<int[]>> mentions = new LinkedHashMap<>();

        Text(SplittableRandom random) {
            this.random = random;
        }

        Text add(String words) {
            text.append(words);
            return this;
        }

        /** A mention of entity {@code id} (named by its first mention) reading {@code words}. */
        Text name(String id, EntityType type, String words) {
            types.putIfAbsent(id, type);
            names.putIfAbsent(id, words);
            mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {text.length(),
                text.length() + words.length()});
            text.append(words);
            return this;
        }

        /** {@code sentences} sentences of twelve to twenty invented words. */
        Text filler(int sentences) {
            for (int s = 0; s < sentences; s++) {
                int words = 12 + random.nextInt(9);
                for (int w = 0; w < words; w++) {
                    String word = word(mix(random.nextInt(WORDS)) % 13_824, 2 + random.nextInt(2), w == 0);
                    text.append(word).append(w == words - 1 ? ". " : " ");
                }
            }
            return this;
        }

        int length() {
            return text.length();
        }

        List<Entity> entities(List<Role> firstRoles) {
            String body = text.toString();
            List<Entity> entities = new ArrayList<>();
            for (Map.Entry<String, String> entity : names.entrySet()) {
                String id = entity.getKey();
                List<Mention> spans = new ArrayList<>();
                for (int[] at : mentions.get(id)) {
                    spans.add(new Mention(Span.of(body, at[0], at[1]), 0, 1, 0, types.get(id), MentionKind.NAME));
                }
                entities.add(new Entity(id, types.get(id), entity.getValue(), spans,
                        id.equals("e1") ? firstRoles : List.of()));
            }
            return entities;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
