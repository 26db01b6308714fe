package org.newsgraph.pipeline.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.lexicon.Gender;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * {@link EntityResolver}'s pronoun step: he/she join a person only with clear evidence (the subject of
 * the clause that holds them, or the one person, or clearly most-mentioned person, in view; inside a
 * quotation the quote's speaker is excluded); "it"/"its" join a thing only as the subject of their
 * clause. Stateless.
 */
final class PronounResolver {

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    private static final Set<String> FIRST_SECOND = Set.of("i", "me", "my", "we", "us", "our", "you", "your");

    private PronounResolver() {
    }

    /** Adds the pronouns that have a clear antecedent to its cluster (and to {@code byToken}). */
    static void resolve(Doc doc, DependencyIndex parse, List<EntityCluster> clusters, Map<Integer, EntityCluster> byToken) {
        QuoteRegions quotes = QuoteRegions.of(doc);
        List<Token> tokens = doc.tokens();
        // Identity, not equality: a cluster is the growing list itself.
        Set<EntityCluster> grown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Token t : tokens) {
            if (!t.pos().startsWith("PRP") || byToken.containsKey(t.index())) {
                continue;
            }
            String word = t.text().toLowerCase(Locale.ROOT);
            Gender gender = MALE.contains(word) ? Gender.MALE : FEMALE.contains(word) ? Gender.FEMALE : null;
            EntityCluster target;
            if (gender != null) {
                target = resolvePersonal(doc, parse, quotes, t, gender, clusters, byToken);
            } else if (NEUTER.contains(word)) {
                target = subjectAntecedent(parse, t.index(), byToken)
                        .filter(c -> c.type() != EntityType.PERSON)
                        .filter(c -> !doc.tokens().get(c.mentions.get(0).head()).pos().equals("NNS"))
                        .orElse(null);
            } else {
                continue;
            }
            if (target == null) {
                continue;
            }
            if (gender != null && target.gender == Gender.UNKNOWN) {
                target.gender = gender;
            }
            Mention pronoun = new Mention(doc.span(t.index(), t.index() + 1), t.index(), t.index() + 1, t.index(),
                    target.type(), MentionKind.PRONOUN);
            // Appended now, put in text order once at the end: each cluster already has a mention before
            // the pronoun (its first stays first), and nothing below reads the order of the later ones.
            target.mentions.add(pronoun);
            grown.add(target);
            byToken.put(t.index(), target);
        }
        for (EntityCluster c : grown) {
            c.mentions.sort(Comparator.comparingInt(Mention::firstToken));
        }
    }

    private static @Nullable EntityCluster resolvePersonal(Doc doc, DependencyIndex parse, QuoteRegions quotes, Token pronoun, Gender gender,
            List<EntityCluster> clusters, Map<Integer, EntityCluster> byToken) {
        boolean quoted = quotes.inside(pronoun.index());
        List<EntityCluster> excluded = new ArrayList<>(quoted ? peopleOutsideQuotes(doc, quotes, pronoun, byToken) : List.of());
        String word = pronoun.text().toLowerCase(Locale.ROOT);
        boolean object = pronoun.pos().equals("PRP") && !word.endsWith("self") && !parse.relation(pronoun.index()).startsWith("nsubj");
        if (object) {
            // "Clinton joined her": an object pronoun is never the subject of its own verb.
            parse.subject(parse.head(pronoun.index()) < 0 ? pronoun.index() : parse.head(pronoun.index()))
                    .map(byToken::get).ifPresent(excluded::add);
        }
        if (!quoted && !object) {
            Optional<EntityCluster> subject = subjectAntecedent(parse, pronoun.index(), byToken)
                    .filter(c -> c.type() == EntityType.PERSON && c.genderFits(gender));
            if (subject.isPresent()) {
                return subject.get();
            }
        }
        int fromSentence = Math.max(0, pronoun.sentence() - 2);
        int fromToken = doc.sentences().get(fromSentence).firstToken();
        List<EntityCluster> candidates = new ArrayList<>();
        for (EntityCluster c : clusters) {
            if (c.type() != EntityType.PERSON || !c.genderFits(gender) || excluded.contains(c)) {
                continue;
            }
            boolean inView = c.mentions.stream().anyMatch(m -> m.firstToken() >= fromToken && m.firstToken() < pronoun.index());
            if (inView) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty() && quoted) {
            // A third person inside a quote is rarely its speaker: fall back to the article's main person.
            for (EntityCluster c : clusters) {
                if (c.type() == EntityType.PERSON && c.genderFits(gender) && !excluded.contains(c)
                        && c.mentions.get(0).firstToken() < pronoun.index()) {
                    candidates.add(c);
                }
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return clearlyMostMentioned(candidates, pronoun.index());
    }

    /**
     * The candidate mentioned most before the pronoun (the first such, in cluster order) if it has at
     * least three mentions and twice as many as any other; else null. Counts each candidate once.
     */
    private static @Nullable EntityCluster clearlyMostMentioned(List<EntityCluster> candidates, int pronoun) {
        if (candidates.size() < 2) {
            return null;
        }
        EntityCluster leader = null;
        int most = -1;
        int next = -1;
        for (EntityCluster c : candidates) {
            int count = c.mentionsBefore(pronoun);
            if (count > most) {
                next = most;
                most = count;
                leader = c;
            } else if (count > next) {
                next = count;
            }
        }
        return most >= 2 * next && most >= 3 ? leader : null;
    }

    /** People named in the pronoun's sentence outside quotation marks: the likely speakers of the quote. */
    private static List<EntityCluster> peopleOutsideQuotes(Doc doc, QuoteRegions quotes, Token pronoun,
            Map<Integer, EntityCluster> byToken) {
        List<EntityCluster> result = new ArrayList<>();
        var sentence = doc.sentences().get(pronoun.sentence());
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            EntityCluster c = byToken.get(i);
            if (c != null && !quotes.inside(i) && c.type() == EntityType.PERSON && !result.contains(c)) {
                result.add(c);
            }
        }
        return result;
    }

    /**
     * The entity that is the subject of the nearest clause above the pronoun ("Kim boarded his
     * train"), if that subject precedes it. Stops at the first subject found.
     */
    private static Optional<EntityCluster> subjectAntecedent(DependencyIndex parse, int pronoun, Map<Integer, EntityCluster> byToken) {
        int node = parse.head(pronoun);
        for (int steps = 0; node >= 0 && steps < 12; steps++) {
            Optional<Integer> subject = parse.subject(node);
            if (subject.isPresent() && subject.get() != pronoun && !parse.dominates(subject.get(), pronoun)) {
                int s = subject.get();
                if (s > pronoun || FIRST_SECOND.contains(parse.token(s).text().toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                return Optional.ofNullable(byToken.get(s));
            }
            node = parse.head(node);
        }
        return Optional.empty();
    }
}
