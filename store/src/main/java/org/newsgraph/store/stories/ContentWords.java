package org.newsgraph.store.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Token;

/**
 * The content words of a stretch of an article, as lower-case lemmas: the tokens' lemmas when the
 * document has tokens, else the words of the text; function words (articles, pronouns, auxiliaries,
 * prepositions, reporting verbs) and punctuation left out. Used to compare the sentences of events
 * and the contents of claims across articles. Stateless.
 */
public final class ContentWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /** Words that say nothing about what happened. */
    static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "about", "as", "into", "over", "after", "before", "than", "that", "this",
            "these", "those", "there", "here", "it", "its", "he", "she", "they", "them", "him", "her", "his",
            "their", "we", "us", "our", "i", "you", "your", "me", "my", "who", "whom", "which", "what", "when",
            "where", "while", "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "do",
            "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
            "no", "so", "if", "also", "said", "say", "says", "tell", "told", "according", "mr", "mrs", "ms",
            "up", "out", "all", "some", "any", "more", "most", "other", "such", "only", "just", "then", "s", "'s",
            "n't", "-lrb-", "-rrb-");

    private ContentWords() {
    }

    /** The content words of {@code doc.text()[start, end)}, in text order, repeats kept. */
    public static List<String> of(Doc doc, int start, int end) {
        List<String> words = new ArrayList<>();
        if (!doc.tokens().isEmpty()) {
            for (Token token : doc.tokens()) {
                if (token.start() >= start && token.end() <= end) {
                    add(words, token.lemma());
                }
            }
            return words;
        }
        Matcher m = WORD.matcher(doc.text().substring(start, end));
        while (m.find()) {
            add(words, m.group());
        }
        return words;
    }

    /** The distinct words, sorted and joined by spaces: a key that ignores word order and repeats. */
    public static String key(List<String> words) {
        return String.join(" ", new TreeSet<>(words));
    }

    /** Splits a space-joined word list back; the empty string gives no words. */
    public static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(List.of(joined.split(" ")));
    }

    /** The Jaccard similarity of two word sets; 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared);
    }

    private static void add(List<String> words, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!STOP.contains(w) && WORD.matcher(w).matches()) {
            words.add(w);
        }
    }
}
