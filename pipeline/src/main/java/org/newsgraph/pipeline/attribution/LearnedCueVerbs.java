package org.newsgraph.pipeline.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.lexicon.LexiconFiles;

/**
 * Cue verbs learned from annotated articles, beside the hand-made {@code cue-verbs.tsv}: the verb
 * lemmas that are part of a gold cue at least {@code minCount} times and in at least
 * {@code minPrecision} of their occurrences as a verb, leaving out lemmas the hand list already has,
 * lemmas another rule reads as a cue ({@code RULE_CUES} in {@code attribution-words.tsv}: "according
 * to" is the according-to rule's, not a stance verb's) and lemmas that are event triggers ({@code event/plover-triggers.tsv}: "sign", "attack" report
 * events, not speech). {@code newsgraph train attribution} learns them from PolNeAR train and writes
 * them as text, one {@code lemma<TAB>support<TAB>precision} a line in lemma order; the shipped list
 * is a resource, read as cue verbs of the "believe" class (stance and cognition: they
 * take clause and object contents, and never introduce a quotation). Immutable and thread-safe.
 */
public final class LearnedCueVerbs {

    /** The resource of the shipped list (learned on PolNeAR train). */
    static final String RESOURCE = "org/newsgraph/pipeline/attribution/learned-cue-verbs.tsv";

    private static final String TRIGGERS = "org/newsgraph/pipeline/event/plover-triggers.tsv";

    /** A lemma that can be a cue verb: letters, or two words of letters joined by a hyphen. */
    private static final Pattern WORD_LEMMA = Pattern.compile("[a-z]+(-[a-z]+)?");

    /**
     * How a lemma was learned.
     *
     * @param support   its occurrences inside a gold cue
     * @param precision the share of its occurrences as a verb that lie inside a gold cue
     */
    public record Support(int support, double precision) {
    }

    private final Map<String, Support> verbs;

    private LearnedCueVerbs(Map<String, Support> verbs) {
        this.verbs = Map.copyOf(verbs);
    }

    /** No learned verbs: the hand lists alone. */
    public static LearnedCueVerbs none() {
        return new LearnedCueVerbs(Map.of());
    }

    /** The list shipped with newsgraph, or none if the resource is missing. */
    public static LearnedCueVerbs shipped() {
        InputStream in = LearnedCueVerbs.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return none();
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Learns the cue verbs of annotated documents.
     *
     * @param docs         analysed documents (tokens with lemmas and parts of speech)
     * @param goldCues     for each document, its gold cue spans (fragments)
     * @param minCount     least occurrences inside a gold cue
     * @param minPrecision least share of a lemma's verb occurrences inside a gold cue
     */
    public static LearnedCueVerbs learn(List<Doc> docs, List<List<Span>> goldCues, int minCount, double minPrecision) {
        if (docs.size() != goldCues.size()) {
            throw new IllegalArgumentException("one list of gold cues per document");
        }
        Map<String, int[]> counts = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            List<Span> cues = goldCues.get(d);
            for (Token t : docs.get(d).tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (!t.isVerb() || !WORD_LEMMA.matcher(lemma).matches()) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(lemma, k -> new int[2]);
                c[1]++;
                if (cues.stream().anyMatch(s -> s.start() <= t.start() && t.end() <= s.end())) {
                    c[0]++;
                }
            }
        }
        Set<String> triggers = eventTriggerVerbs();
        Set<String> ruleCues = WordSets.set("RULE_CUES");
        CueLexicon hand = CueLexicon.handMade();
        Map<String, Support> learned = new HashMap<>();
        counts.forEach((lemma, c) -> {
            double precision = (double) c[0] / c[1];
            if (c[0] >= minCount && precision >= minPrecision && hand.verb(lemma).isEmpty() && !triggers.contains(lemma)
                    && !ruleCues.contains(lemma)) {
                learned.put(lemma, new Support(c[0], precision));
            }
        });
        return new LearnedCueVerbs(learned);
    }

    /** The verb lemmas of the event trigger list: one-word verb keys and the verbs of "call for"-style keys. */
    private static Set<String> eventTriggerVerbs() {
        Set<String> result = new HashSet<>();
        for (String[] cols : LexiconFiles.rows(LearnedCueVerbs.class.getClassLoader(), TRIGGERS)) {
            if (cols.length > 1 && cols[1].strip().startsWith("V")) {
                result.add(cols[0].strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    /**
     * Reads a list written by {@link #write}.
     *
     * @throws IllegalArgumentException on a malformed line
     */
    public static LearnedCueVerbs read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Support> verbs = new HashMap<>();
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                verbs.put(cols[0].strip(), new Support(Integer.parseInt(cols[1].strip()), Double.parseDouble(cols[2].strip())));
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException("learned cue verbs line " + n + ": expected lemma<TAB>support<TAB>precision", e);
            }
        }
        return new LearnedCueVerbs(verbs);
    }

    /** Writes the list as text in lemma order (so that learning again gives the same file). */
    public void write(PrintWriter out) {
        out.println("# Cue verbs learned by newsgraph train attribution: lemma<TAB>times in a gold cue<TAB>share of its verb uses");
        new TreeMap<>(verbs).forEach((k, v) -> out.printf(Locale.ROOT, "%s\t%d\t%.3f%n", k, v.support(), v.precision()));
        out.flush();
    }

    public Set<String> lemmas() {
        return verbs.keySet();
    }

    public int size() {
        return verbs.size();
    }
}
