package org.newsgraph.pipeline.attribution;

import static org.newsgraph.pipeline.attribution.RuleContext.isPunct;
import static org.newsgraph.pipeline.attribution.RuleContext.lower;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Source;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * Cue verbs with their complements: "X said that ...", "“...,” said X", "Russia is alleged to seek
 * ...", "called for X", "talked about Y", "supports Clinton". Where the parse gives a finite cue verb
 * no content, {@link SurfaceClause} reads it off the words.
 */
final class VerbCueRule implements AttributionRule {

    static final Set<String> ADDRESSEE_VERBS = WordSets.set("ADDRESSEE_VERBS");
    static final Set<String> INFINITIVE_VERBS = WordSets.set("INFINITIVE_VERBS");
    static final Set<String> CLAUSE_ONLY_VERBS = WordSets.set("CLAUSE_ONLY_VERBS");
    private static final Set<String> TIME_NOUNS = WordSets.set("TIME_NOUNS");
    private static final Map<String, Set<String>> PREPOSITIONAL = WordSets.complements("PREPOSITIONAL");

    private final RuleContext ctx;
    private final DependencyIndex parse;
    private final List<Token> tokens;
    private final SurfaceClause fallback;

    VerbCueRule(RuleContext ctx) {
        this.ctx = ctx;
        this.parse = ctx.parse();
        this.tokens = ctx.tokens();
        this.fallback = new SurfaceClause(ctx);
    }

    @Override
    public List<Candidate> atToken(Token v) {
        if (!v.isVerb() && !v.pos().equals("JJ")) {
            return List.of();
        }
        Optional<CueClass> cls = ctx.lexicon().verb(v.lemma());
        String rel = parse.relation(v.index());
        if (cls.isEmpty() || rel.equals("amod") || rel.equals("compound")) {
            return List.of();
        }
        int node = v.index();
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        boolean passive = parse.child(node, "aux:pass").isPresent() || parse.child(node, "nsubj:pass").isPresent();
        TokenRange content = null;
        boolean whole = false;
        Optional<Integer> ccomp = complement(node);
        Optional<Integer> xcomp = parse.child(node, "xcomp").filter(x -> !tokens.get(x).isProperNoun());
        if (ccomp.isPresent()) {
            content = withoutReportedConjunct(ccomp.get(), ctx.range(ccomp.get(), -1));
        } else if ((rel.equals("parataxis") || rel.equals("dep") && setOffSubject(node)) && parse.head(node) >= 0
                && cls.get() == CueClass.SAY) {
            content = ctx.range(parse.head(node), node);
        } else if (xcomp.isPresent() && (INFINITIVE_VERBS.contains(lemma) || passive)) {
            content = ctx.range(xcomp.get(), -1);
            if (passive) {
                // "Russia is alleged to seek ...": the passive subject belongs to the content
                Optional<Integer> subj = parse.child(node, "nsubj:pass");
                if (subj.isPresent() && !lower(tokens.get(subj.get())).equals("it")) {
                    content = content.withFirst(Math.min(content.first(), ctx.range(subj.get(), -1).first()));
                    whole = true;
                }
            }
        } else if (lemma.equals("call")) {
            content = callFor(node);
        } else if (PREPOSITIONAL.containsKey(lemma) && prepositional(ctx, node, PREPOSITIONAL.get(lemma)) != null) {
            content = prepositional(ctx, node, PREPOSITIONAL.get(lemma));
        } else if (!ADDRESSEE_VERBS.contains(lemma) && cls.get() != CueClass.SEEM && !CLAUSE_ONLY_VERBS.contains(lemma)) {
            Optional<Integer> obj = parse.child(node, "obj").filter(o -> isContentObject(tokens.get(o), cls.get()));
            if (obj.isPresent()) {
                content = ctx.range(obj.get(), -1);
            }
        }
        if (content == null || content.isEmpty()) {
            return fallback.at(v, cls.get());
        }
        Source source = passive ? ctx.speakers().agent(node) : ctx.speakers().subject(node);
        Certainty certainty = ctx.cues().certainty(cls.get(), node, passive && source == null);
        return ctx.contents().of(content, ctx.cues().range(node), source, certainty, ctx.speakers().chain(node),
                node, whole);
    }

    /** The clausal complement; after the verb if the parser gave two ("As odd as it seems, X said Y"). */
    private Optional<Integer> complement(int verb) {
        Optional<Integer> after = parse.children(verb).stream()
                .filter(c -> c > verb && parse.relation(c).equals("ccomp")).findFirst();
        return after.isPresent() ? after : parse.child(verb, "ccomp");
    }

    /** "…, he said, …": the cue verb's own subject right after a comma, the clause around it the content. */
    private boolean setOffSubject(int verb) {
        Optional<Integer> subject = parse.child(verb, "nsubj").filter(s -> s < verb);
        if (subject.isEmpty()) {
            return false;
        }
        int first = ctx.range(subject.get(), -1).first();
        return first > 0 && tokens.get(first - 1).text().equals(",");
    }

    /**
     * Content without a coordinated clause that carries an attribution of its own ("reforms were not
     * complete, and rights groups warned that ..."): attributions do not nest, so the second one is
     * reported on its own.
     */
    private TokenRange withoutReportedConjunct(int head, TokenRange content) {
        for (int conj : parse.children(head)) {
            if (conj < head || !parse.relation(conj).equals("conj") && !parse.relation(conj).equals("parataxis")) {
                continue;
            }
            // the parser hangs "and X warned" on the conjunct itself, on its first word, or on the clause
            Optional<Integer> verb = tokens.get(conj).isVerb() ? Optional.of(conj) : parse.children(conj).stream()
                    .filter(v -> tokens.get(v).isVerb() && parse.relation(v).equals("parataxis")).findFirst();
            Optional<Integer> cueVerb = verb.filter(ctx::isReportingVerb).or(() -> parse.children(head).stream()
                    .filter(v -> v > head && parse.relation(v).equals("parataxis") && ctx.isReportingVerb(v))
                    .reduce((earlier, later) -> later));
            if (cueVerb.isEmpty()) {
                continue;
            }
            int cut = Math.min(ctx.range(conj, -1).first(), ctx.range(cueVerb.get(), -1).first());
            while (cut > content.first() && (isPunct(tokens.get(cut - 1)) || tokens.get(cut - 1).pos().equals("CC"))) {
                cut--;
            }
            if (cut > content.first() + 2) {
                return content.withEnd(cut);
            }
        }
        return content;
    }

    /**
     * Whether a cue verb's object is what was said or held: not a pronoun, an audience or a time; and
     * a person only for a stance ("supports Clinton", "prefers Sanders"), not for speech ("told Ryan").
     */
    private boolean isContentObject(Token o, CueClass cls) {
        String w = lower(o);
        return !o.pos().startsWith("PRP") && !w.equals("reporters") && !w.equals("journalists")
                && !TIME_NOUNS.contains(w) && !o.ner().equals("DATE")
                && (cls == CueClass.BELIEVE || ctx.doc().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON
                        && e.mentions().stream().anyMatch(m -> m.containsToken(o.index()))));
    }

    /** The phrase after one of {@code prepositions} hung on {@code node}, without the preposition. */
    static @Nullable TokenRange prepositional(RuleContext ctx, int node, Set<String> prepositions) {
        DependencyIndex parse = ctx.parse();
        for (int c : parse.children(node)) {
            if (c > node && (parse.relation(c).startsWith("obl") || parse.relation(c).startsWith("nmod"))) {
                Optional<Integer> caseWord = parse.child(c, "case");
                if (caseWord.isPresent() && prepositions.contains(lower(ctx.token(caseWord.get())))) {
                    return ctx.range(c, -1).withFirst(caseWord.get() + 1);
                }
            }
        }
        return null;
    }

    /** "called for X", "called on X to Y", "called the idea a “ridiculous proposition”". */
    private @Nullable TokenRange callFor(int node) {
        TokenRange pp = prepositional(ctx, node, Set.of("for", "on"));
        if (pp != null) {
            return pp;
        }
        Optional<Integer> obj = parse.child(node, "obj").filter(o -> o > node);
        if (obj.isEmpty()) {
            return null;
        }
        TokenRange r = ctx.range(obj.get(), -1);
        for (int c : parse.children(node)) {
            String rel = parse.relation(c);
            if (c > obj.get() && (rel.equals("xcomp") || rel.equals("obj"))) {
                r = r.withEnd(Math.max(r.end(), ctx.range(c, -1).end()));
            }
        }
        return r;
    }
}
