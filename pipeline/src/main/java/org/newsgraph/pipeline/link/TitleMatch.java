package org.newsgraph.pipeline.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a Wikipedia title agrees with a name: its words, its base (the title without a qualifier),
 * its qualifier, and whether the name shares a word with it, spells its initials or names the
 * person it is about. Stateless.
 */
final class TitleMatch {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de", "in", "on", "at", "&");

    private TitleMatch() {
    }

    /**
     * Whether a person's page title names the person called {@code name} (two words or more): it has
     * the name's last word, and one of its other words, a longer form of one or its initial ("Charles
     * F. Bolden, Jr." for "Charles Bolden", "Creswell Eastman" for "Cres Eastman"; not "Moxon & Kobrin"
     * for "Kendrick Moxon").
     */
    static boolean namesThePerson(String title, String name) {
        List<String> names = tokens(name);
        List<String> titled = tokens(base(title).replace(',', ' '));
        if (names.size() < 2 || !titled.contains(names.get(names.size() - 1))) {
            return false;
        }
        for (String word : names.subList(0, names.size() - 1)) {
            for (String t : titled) {
                if (t.startsWith(word) || (word.startsWith(t) && t.length() == 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of the text, unaccented, in lower case, letters and digits only. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String word : AliasKey.of(unaccented(text)).split(" ")) {
            String letters = NOT_LETTER_OR_DIGIT.matcher(word).replaceAll("");
            if (!letters.isEmpty()) {
                tokens.add(letters);
            }
        }
        return tokens;
    }

    /** The text without accents: "Gómez" gives "Gomez". */
    private static String unaccented(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** The letters of the text, unaccented, in lower case. */
    private static String letters(String text) {
        StringBuilder letters = new StringBuilder();
        unaccented(text).codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString().toLowerCase(Locale.ROOT);
    }

    /** "Houston,_Texas" and "Georgia_(country)" give "Houston" and "Georgia": the title without its qualifier. */
    static String base(String title) {
        String base = title;
        int open = base.lastIndexOf("_(");
        if (open > 0 && base.endsWith(")")) {
            base = base.substring(0, open);
        }
        int comma = base.indexOf(",_");
        if (comma > 0) {
            base = base.substring(0, comma);
        }
        return base.replace('_', ' ');
    }

    /** Whether the title, without its qualifier, is the name (up to case, spacing, hyphens, a leading "the"). */
    static boolean eponymous(String title, String name) {
        return AliasKey.of(base(title)).equals(AliasKey.of(name));
    }

    /**
     * Whether the name agrees with the title: they share a word, or the name's letters are the
     * initials of the title's words, with or without its function words ("U.S.", "NATO", "UAAR").
     */
    static boolean agrees(String title, String name, Set<String> own) {
        String base = base(title);
        Set<String> titleWords = words(unaccented(base));
        if (own.stream().map(TitleMatch::unaccented).anyMatch(titleWords::contains)) {
            return true;
        }
        String acronym = letters(name);
        if (acronym.length() < 2) {
            return false;
        }
        if (acronym.equals(letters(base))) {
            return true; // "Bat Cave" and "Batcave"
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String word : AliasKey.of(base.replace(',', ' ')).split(" ")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                all.append(word.charAt(0));
                if (!FUNCTION_WORDS.contains(word)) {
                    content.append(word.charAt(0));
                }
            }
        }
        return acronym.equals(all.toString()) || acronym.equals(content.toString());
    }

    /**
     * Whether the title's qualifier is a proper name ("Democratic_Party_(United_States)",
     * "Castlefrank_Road_(Ottawa)": every word capitalised, not an acronym) that neither the name nor
     * the article's other names use, in an article that names places of its own.
     */
    static boolean contradicted(String title, Set<String> own, Predicate<String> context) {
        int open = title.lastIndexOf("_(");
        if (open < 0 || !title.endsWith(")")) {
            return false;
        }
        String raw = title.substring(open + 2, title.length() - 1);
        if (raw.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return false;
        }
        for (String word : raw.split("_")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        Set<String> words = words(raw.replace('_', ' '));
        return !words.isEmpty() && words.stream().noneMatch(w -> own.contains(w) || context.test(w));
    }

    /** "Georgia_(country)" gives "country"; null without a parenthesised qualifier. */
    static @Nullable String qualifier(String title) {
        int open = title.lastIndexOf("_(");
        if (open < 0 || !title.endsWith(")")) {
            return null;
        }
        return title.substring(open + 2, title.length() - 1).replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : AliasKey.of(text.replace('(', ' ').replace(')', ' ').replace(',', ' ')).split(" ")) {
            if (w.length() > 2 || (w.length() == 2 && Character.isLetter(w.charAt(0)))) {
                words.add(w);
            }
        }
        return words;
    }
}
