package org.newsgraph.store.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person's name as an entity carries it, taken apart for cross-article linking: the honorifics
 * and titles written before it ("Mr.", "President", "Prime Minister"), the bare name after them, and
 * its surname keys. A bare name of one word, or of lower-case particles and one word ("Lee", "von der
 * Leyen"), is a surname alone; a longer one is a full name, whose first and last words are both
 * surname keys, because English news writes Korean and Chinese names surname first ("Kim Jong Un" is
 * "Mr. Kim", "Moon Jae-in" is "President Moon") and Western names surname last. A name that is only
 * titles ("the President") is kept whole. Immutable.
 *
 * @param bare         the name without leading honorifics and titles
 * @param titles       the titles written before it, in lower case ("prime minister"); honorifics are not titles
 * @param surnameOnly  whether the bare name is a surname alone
 * @param surnames     its surname keys: for a surname alone its one key, for a full name those of its first
 *                     and last words (and of the last word with its particles or without an "al-" prefix)
 */
public record PersonName(String bare, List<String> titles, boolean surnameOnly, List<Surname> surnames) {

    /** Where in a name a surname key was taken from; the names are the {@code actor_surnames.name_part} values. */
    public enum Part {
        /** The first word of a full name. */
        FIRST,
        /** The last word of a full name. */
        LAST,
        /** A name that is a surname alone. */
        ONLY;

        /** The {@code actor_surnames.name_part} value. */
        public String column() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Part ofColumn(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A surname key of a name.
     *
     * @param key  the {@link NameKey} of the surname
     * @param part where it was taken from
     */
    public record Surname(String key, Part part) {
        public Surname {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(part, "part");
        }
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mister", "madam", "madame",
            "sir", "dame", "lord", "lady", "dr", "prof", "professor", "rev", "reverend", "sheikh");
    private static final Set<String> TITLE_WORDS = Set.of("president", "vice", "prime", "minister", "premier",
            "chancellor", "secretary", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
            "gov", "governor", "mayor", "judge", "justice", "general", "gen", "lt", "col", "colonel", "adm",
            "admiral", "capt", "captain", "sgt", "sergeant", "king", "queen", "prince", "princess", "emperor", "pope",
            "ayatollah", "chairman", "chairwoman", "speaker", "ambassador", "foreign", "defence", "defense",
            "deputy", "chief", "leader", "supreme", "crown", "commissioner", "attorney", "interior", "finance",
            "trade", "former", "acting", "first", "lady");
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "du", "van", "von", "der",
            "den", "la", "le", "ter", "dos", "das", "bin", "ibn", "al", "el");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    public PersonName {
        Objects.requireNonNull(bare, "bare");
        titles = List.copyOf(titles);
        surnames = List.copyOf(surnames);
    }

    /** Takes {@code name} apart. */
    public static PersonName parse(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        List<String> titleWords = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int start = 0;
        while (start < words.size() - 1) {
            String word = plain(words.get(start));
            if (HONORIFICS.contains(word) && !TITLE_WORDS.contains(word)) {
                closeTitle(titleWords, titles);
                start++;
            } else if (TITLE_WORDS.contains(word)) {
                titleWords.add(word);
                start++;
            } else if (word.equals("of") && !titleWords.isEmpty() && start + 2 < words.size()) {
                // "Secretary of State Antony Blinken": the office's object belongs to the title.
                titleWords.add(word);
                titleWords.add(plain(words.get(start + 1)));
                start += 2;
            } else {
                break;
            }
        }
        closeTitle(titleWords, titles);
        List<String> rest = words.subList(start, words.size());
        String bare = String.join(" ", rest);
        if (NameKey.of(bare).isEmpty()) {
            return new PersonName(name.strip(), titles, false, List.of());
        }
        List<String> core = new ArrayList<>(rest);
        while (core.size() > 1 && SUFFIXES.contains(plain(core.get(core.size() - 1)))) {
            core.remove(core.size() - 1);
        }
        if (core.size() == 1 && core.size() < rest.size()) {
            // "Donald Jr.": a generation marks one person of a family; never a surname to link by
            return new PersonName(bare, titles, false, List.of());
        }
        int lastAt = core.size() - 1;
        int particlesFrom = lastAt;
        while (particlesFrom > 0 && PARTICLES.contains(core.get(particlesFrom - 1))) {
            particlesFrom--;
        }
        String last = core.get(lastAt);
        String withParticles = String.join("", core.subList(particlesFrom, core.size()));
        if (particlesFrom == 0) {
            return new PersonName(bare, titles, true, List.of(new Surname(NameKey.of(withParticles), Part.ONLY)));
        }
        Map<String, Part> keys = new LinkedHashMap<>();
        String first = core.get(0);
        if (!isInitial(first)) {
            keys.put(NameKey.of(first), Part.FIRST);
        }
        keys.put(NameKey.of(last), Part.LAST);
        keys.put(NameKey.of(withParticles), Part.LAST);
        int hyphen = last.indexOf('-');
        if (hyphen > 0 && PARTICLES.contains(last.substring(0, hyphen))) {
            keys.put(NameKey.of(last.substring(hyphen + 1)), Part.LAST);
        }
        keys.remove("");
        List<Surname> surnames = new ArrayList<>();
        keys.forEach((key, part) -> surnames.add(new Surname(key, part)));
        return new PersonName(bare, titles, false, surnames);
    }

    /** The key linking uses for the whole name: that of the bare name (titles do not tell people apart). */
    public String key() {
        return NameKey.of(bare);
    }

    /** The key of a surname alone; empty for a full name. */
    public String surnameKey() {
        return surnameOnly ? surnames.get(0).key() : "";
    }

    private static void closeTitle(List<String> titleWords, List<String> titles) {
        if (!titleWords.isEmpty()) {
            titles.add(String.join(" ", titleWords));
            titleWords.clear();
        }
    }

    private static boolean isInitial(String word) {
        return NameKey.of(word).length() == 1;
    }

    /** A word in lower case without dots and commas: "Mr." is "mr". */
    private static String plain(String word) {
        return word.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
    }
}
