package org.newsgraph.pipeline.attribution;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.attribution.AttributionExtractor.Candidate;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/** The attribution rules applied to one document. Not thread-safe: one per document. */
final class Finder {

    /** Verbs whose object is the addressee, not the content: "told reporters", "warned Moscow". */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "ask", "warn", "urge", "thank", "remind",
            "assure", "inform", "advise", "encourage", "order", "call", "accuse", "blame", "email", "charge");
    /** Verbs that take their content as a to-infinitive: "vowed to fight", "wants to run". */
    private static final Set<String> INFINITIVE_VERBS = Set.of("promise", "pledge", "vow", "threaten", "plan", "want",
            "hope", "expect", "seek", "intend", "decide", "refuse", "agree", "urge", "ask", "wish", "prefer", "claim",
            "allege", "appear", "seem", "say", "report", "believe", "think", "know", "fear", "call", "encourage",
            "order", "demand", "propose", "offer", "consider", "rule", "decline");
    /**
     * Cue verbs that are speech only with a clause or a quotation of their own ("she continued that ...",
     * "spoke of a crisis"), and otherwise describe an act: "continues to grow", "spoke to reporters",
     * "addressed the students", "read the rest".
     */
    private static final Set<String> CLAUSE_ONLY_VERBS = Set.of("continue", "speak", "address", "read", "vote", "seek");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "ca", "wo");
    /** Contents that say nothing by themselves: "supports that", "wants what". */
    private static final Set<String> EMPTY_CONTENTS = Set.of("that", "this", "what", "which", "who", "it", "them",
            "him", "her", "those", "these", "so");
    private static final Set<String> TIME_NOUNS = Set.of("hour", "hours", "minute", "minutes", "day", "days", "week",
            "weeks", "month", "months", "year", "years", "time", "times", "night", "morning", "evening", "afternoon");
    private static final Set<String> HEDGE_MODALS = Set.of("may", "might", "could", "can");
    private static final Set<String> HEDGE_ADVERBS = Set.of("reportedly", "supposedly", "apparently", "seemingly");
    private static final Set<String> ALLEGE_ADVERBS = Set.of("allegedly", "purportedly", "reputedly");
    private static final Pattern CREDIT = Pattern.compile(
            "(?im)^[ \\t(]*((?:with )?(?:inputs?|additional reporting|reporting|writing|editing) (?:from|by))\\s+([^\\n]+?)[.)]?\\s*\\z");
    private static final Pattern DATELINE = Pattern.compile(
            "\\A\\s*[A-Z][A-Za-z .,'-]{0,40}?\\s*\\((Reuters|AP|AFP|UPI|Xinhua|Yonhap|TASS|Bloomberg|dpa|EFE|ANSA|Kyodo)\\)\\s*[-—–]+\\s*");

    private final Doc doc;
    private final DependencyIndex parse;
    private final List<QuoteScanner.Quote> quotes;
    private final CueLexicon lexicon;
    private final SourceResolver sources;
    private final List<Token> tokens;
    private final BitSet quoted = new BitSet();

    Finder(Doc doc, DependencyIndex parse, List<QuoteScanner.Quote> quotes, CueLexicon lexicon, SourceResolver sources) {
        this.doc = doc;
        this.parse = parse;
        this.quotes = quotes;
        this.lexicon = lexicon;
        this.sources = sources;
        this.tokens = doc.tokens();
        for (Token t : tokens) {
            for (QuoteScanner.Quote q : quotes) {
                if (q.start() < t.start() && t.end() <= q.end() && !(t.end() == q.end() && isMark(t))) {
                    quoted.set(t.index());
                }
            }
        }
    }

    List<QuoteScanner.Quote> quotes() {
        return quotes;
    }

    private static boolean isMark(Token t) {
        return t.text().equals("”") || t.text().equals("\"") || t.text().equals("''");
    }

    List<Candidate> find() {
        List<Candidate> fragments = new ArrayList<>();
        List<Candidate> fromQuotes = quotations(fragments);
        fromQuotes.addAll(dashCredits());
        fromQuotes.addAll(saidFirst());
        List<Candidate> all = new ArrayList<>();
        for (Token t : tokens) {
            if (quoted.get(t.index())) {
                continue;
            }
            all.addAll(verbCue(t));
            nounCue(t).ifPresent(all::add);
            adjectiveCue(t).ifPresent(all::add);
            prepositionCue(t).ifPresent(all::add);
            hedgeAdverb(t).ifPresent(all::add);
        }
        for (Sentence s : doc.sentences()) {
            postposedCue(s, all).ifPresent(all::add);
            frontedClause(s, all).ifPresent(all::add);
            accordingTo(s).ifPresent(fromQuotes::add);
            inDocument(s).ifPresent(all::add);
        }
        fromQuotes.addAll(headlineColons());
        List<Candidate> kept = outermost(all, outermost(fromQuotes, new ArrayList<>()));
        for (Candidate f : fragments) {
            // the clause rules found nothing around a quote with a cue after it: keep the quote itself
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end() || k.cueStart() == f.cueStart())) {
                kept.add(f);
            }
        }
        kept.addAll(continuedQuotes(kept));
        credits().ifPresent(kept::add);
        return kept;
    }

    // ---- “...,” he said ------------------------------------------------------------------------

    /** Quotations with a cue beside them; the speaker comes from the words, the parse only confirms it. */
    private List<Candidate> quotations(List<Candidate> fragments) {
        QuoteCues cues = new QuoteCues(doc, lexicon);
        List<Candidate> result = new ArrayList<>();
        for (QuoteScanner.Quote q : quotes) {
            int first = firstTokenFrom(q.start());
            int end = firstTokenFrom(q.end());
            if (first < 0 || end <= first) {
                continue;
            }
            Optional<QuoteCues.Found> found = cues.find(first, end);
            if (found.isEmpty()) {
                continue;
            }
            QuoteCues.Found f = found.get();
            // 'Clinton “drew well” in 2008, said X': a fragment in a paraphrase; the clause rules take it,
            // and the quote stands alone only if they find nothing around it
            List<Candidate> target = f.verb() > first && wordsBeforeInSentence(first) ? fragments : result;
            Token verb = tokens.get(f.verb());
            boolean phrase = f.sourceFirst() >= 0 && (tokens.get(f.sourceHead()).isNoun()
                    || tokens.get(f.sourceHead()).pos().startsWith("PRP"));
            Source source;
            if (!phrase || f.verb() < first && !Set.of("VBD", "VBZ", "VBP").contains(verb.pos())) {
                // "…, saying “…”", "went on to say: “…”", "and added: “…”": the clause's subject
                source = subject(f.verb());
            } else {
                Optional<Integer> subject = parse.child(f.verb(), "nsubj")
                        .filter(s -> s >= f.sourceFirst() && s < f.sourceEnd());
                source = subject.isPresent() ? sourceAt(subject.get())
                        : sources.resolve(doc, f.sourceFirst(), f.sourceEnd(), f.sourceHead());
            }
            if (source == null && f.sourceFirst() >= 0) {
                source = sources.resolve(doc, f.sourceFirst(), f.sourceEnd(), f.sourceHead());
            }
            int[] cue = cueRange(f.verb());
            target.add(new Candidate(q.start(), q.end(), tokens.get(cue[0]).start(), tokens.get(cue[1] - 1).end(),
                    source, certainty(lexicon.verb(tokens.get(f.verb()).lemma()).orElse(CueClass.SAY), f.verb(), false),
                    List.of(), f.verb(), false));
        }
        return result;
    }

    /** True if the sentence holding {@code token} has words (not just punctuation) before it. */
    private boolean wordsBeforeInSentence(int token) {
        Sentence s = doc.sentences().get(tokens.get(token).sentence());
        for (int i = s.firstToken(); i < token; i++) {
            if (!isPunct(tokens.get(i)) && !quoted.get(i)) {
                return true;
            }
        }
        return false;
    }

    /** The first token starting at or after a character offset, or -1. */
    private int firstTokenFrom(int offset) {
        for (Token t : tokens) {
            if (t.start() >= offset) {
                return t.index();
            }
        }
        return tokens.size();
    }

    // ---- "X said that ...", "“...,” said X", "Russia is alleged to seek ..." -----------------------

    private List<Candidate> verbCue(Token v) {
        if (!v.isVerb() && !v.pos().equals("JJ")) {
            return List.of();
        }
        Optional<CueClass> cls = lexicon.verb(v.lemma());
        String rel = parse.relation(v.index());
        if (cls.isEmpty() || rel.equals("amod") || rel.equals("compound")) {
            return List.of();
        }
        int node = v.index();
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        boolean passive = parse.child(node, "aux:pass").isPresent() || parse.child(node, "nsubj:pass").isPresent();
        int[] content = null;
        boolean whole = false;
        Optional<Integer> ccomp = complement(node);
        Optional<Integer> xcomp = parse.child(node, "xcomp").filter(x -> !tokens.get(x).isProperNoun());
        if (ccomp.isPresent()) {
            content = withoutReportedConjunct(ccomp.get(), range(ccomp.get(), -1));
        } else if ((rel.equals("parataxis") || rel.equals("dep") && setOffSubject(node)) && parse.head(node) >= 0
                && cls.get() == CueClass.SAY) {
            content = range(parse.head(node), node);
        } else if (xcomp.isPresent() && (INFINITIVE_VERBS.contains(lemma) || passive)) {
            content = range(xcomp.get(), -1);
            if (passive) {
                // "Russia is alleged to seek ...": the passive subject belongs to the content
                Optional<Integer> subj = parse.child(node, "nsubj:pass");
                if (subj.isPresent() && !lower(tokens.get(subj.get())).equals("it")) {
                    content[0] = Math.min(content[0], range(subj.get(), -1)[0]);
                    whole = true;
                }
            }
        } else if (lemma.equals("call")) {
            content = callFor(node);
        } else if (PREPOSITIONAL.containsKey(lemma) && prepositional(node, PREPOSITIONAL.get(lemma)) != null) {
            content = prepositional(node, PREPOSITIONAL.get(lemma));
        } else if (!ADDRESSEE_VERBS.contains(lemma) && cls.get() != CueClass.SEEM && !CLAUSE_ONLY_VERBS.contains(lemma)) {
            Optional<Integer> obj = parse.child(node, "obj").filter(o -> isContentObject(tokens.get(o), cls.get()));
            if (obj.isPresent()) {
                content = range(obj.get(), -1);
            }
        }
        if (content == null || content[1] <= content[0]) {
            return surfaceClause(v, cls.get());
        }
        Source source = passive ? agent(node) : subject(node);
        int[] cue = cueRange(node);
        Certainty certainty = certainty(cls.get(), node, passive && source == null);
        return candidates(content, cue, source, certainty, chain(node), node, whole);
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
        int first = range(subject.get(), -1)[0];
        return first > 0 && tokens.get(first - 1).text().equals(",");
    }

    /**
     * Content without a coordinated clause that carries an attribution of its own ("reforms were not
     * complete, and rights groups warned that ..."): attributions do not nest, so the second one is
     * reported on its own.
     */
    private int[] withoutReportedConjunct(int head, int[] content) {
        for (int conj : parse.children(head)) {
            if (conj < head || !parse.relation(conj).equals("conj") && !parse.relation(conj).equals("parataxis")) {
                continue;
            }
            // the parser hangs "and X warned" on the conjunct itself, on its first word, or on the clause
            Optional<Integer> verb = tokens.get(conj).isVerb() ? Optional.of(conj) : parse.children(conj).stream()
                    .filter(v -> tokens.get(v).isVerb() && parse.relation(v).equals("parataxis")).findFirst();
            Optional<Integer> cueVerb = verb.filter(this::isReportingVerb).or(() -> parse.children(head).stream()
                    .filter(v -> v > head && parse.relation(v).equals("parataxis") && isReportingVerb(v))
                    .reduce((earlier, later) -> later));
            if (cueVerb.isEmpty()) {
                continue;
            }
            int cut = Math.min(range(conj, -1)[0], range(cueVerb.get(), -1)[0]);
            while (cut > content[0] && (isPunct(tokens.get(cut - 1)) || tokens.get(cut - 1).pos().equals("CC"))) {
                cut--;
            }
            if (cut > content[0] + 2) {
                return new int[] {content[0], cut};
            }
        }
        return content;
    }

    /** A cue verb with a subject of its own: the head of an attribution. */
    private boolean isReportingVerb(int token) {
        return tokens.get(token).isVerb() && lexicon.verb(tokens.get(token).lemma()).isPresent()
                && parse.child(token, "nsubj").isPresent();
    }

    /**
     * Whether a cue verb's object is what was said or held: not a pronoun, an audience or a time; and
     * a person only for a stance ("supports Clinton", "prefers Sanders"), not for speech ("told Ryan").
     */
    private boolean isContentObject(Token o, CueClass cls) {
        String w = lower(o);
        return !o.pos().startsWith("PRP") && !w.equals("reporters") && !w.equals("journalists")
                && !TIME_NOUNS.contains(w) && !o.ner().equals("DATE")
                && (cls == CueClass.BELIEVE || doc.entities().stream().noneMatch(e -> e.type() == org.newsgraph.model.EntityType.PERSON
                        && e.mentions().stream().anyMatch(m -> m.containsToken(o.index()))));
    }

    /**
     * When the parse gives a finite cue verb no content (it often mistakes "said" for an auxiliary or
     * hangs the clause elsewhere): "NP said [that] CLAUSE." read off the words, with the speaker
     * before the verb ("Podesta, who said ..., said he was unaware").
     */
    private List<Candidate> surfaceClause(Token v, CueClass cls) {
        if (!Set.of("VBD", "VBZ", "VBP").contains(v.pos()) || cls == CueClass.SEEM
                || CLAUSE_ONLY_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        int sentenceEnd = sentenceEnd(v.index());
        int first = v.index() + 1;
        Optional<Integer> addressee = parse.child(v.index(), "obj").filter(o -> o > v.index());
        if (ADDRESSEE_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT)) && addressee.isPresent()) {
            first = range(addressee.get(), -1)[1]; // "told the AP her group never ..."
        }
        while (first < sentenceEnd && (lower(tokens.get(first)).equals("that") || isPunct(tokens.get(first))
                && !isOpeningMark(tokens.get(first)))) {
            first++;
        }
        int[] speaker = speakerBefore(v.index());
        if (speaker != null && first < sentenceEnd && tokens.get(first).pos().equals("IN")
                && speaker[0] > doc.sentences().get(v.sentence()).firstToken() + 2
                && tokens.get(speaker[0] - 1).text().equals(",")
                && tokens.subList(first, sentenceEnd).stream().noneMatch(t -> lower(t).equals("that")
                        || Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos()))) {
            return List.of(); // "CLAUSE, X said in June, citing ...": the clause before is the content
        }
        if (first < sentenceEnd && tokens.get(first).pos().equals("TO")
                && !INFINITIVE_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT))) {
            return List.of(); // "sought to calm his supporters", "spoke to reporters": an act, not a statement
        }
        int end = sentenceEnd;
        boolean clause = tokens.subList(first, end).stream().anyMatch(t -> t.isVerb() || t.pos().equals("MD"));
        if (!clause || end - first < 3 || quoted.get(first)) {
            return List.of();
        }
        Optional<Integer> subject = parse.child(v.index(), "nsubj").filter(n -> n < v.index());
        if (speaker == null && subject.isEmpty()) {
            return List.of();
        }
        // "Dean Johnson, a salesman from Sumter, says ...": the parse finds the subject past the apposition
        Source resolved = speaker == null ? sourceAt(subject.get()) : sources.resolve(doc, speaker[0], speaker[1], speaker[2]);
        return candidates(new int[] {first, end}, cueRange(v.index()), resolved,
                certainty(cls, v.index(), false), List.of(), v.index(), false);
    }

    /** The noun phrase just before a cue verb: {first, end, head}, skipping a relative clause. */
    private int[] speakerBefore(int verb) {
        int sentenceStart = doc.sentences().get(tokens.get(verb).sentence()).firstToken();
        int end = verb;
        while (end > sentenceStart && (tokens.get(end - 1).pos().equals("MD") || tokens.get(end - 1).pos().equals("RB")
                || tokens.get(end - 1).lemma().equals("have") || tokens.get(end - 1).lemma().equals("do"))) {
            end--;
        }
        if (end > sentenceStart && tokens.get(end - 1).text().equals(",")) {
            // "Podesta, who said ..., said": the phrase before ", who"
            for (int i = end - 2; i > sentenceStart; i--) {
                String w = lower(tokens.get(i));
                if ((w.equals("who") || w.equals("which")) && tokens.get(i - 1).text().equals(",")) {
                    end = i - 1;
                    break;
                }
            }
        }
        int first = end;
        while (first > sentenceStart && end - first < 10 && !isPunct(tokens.get(first - 1))
                && !tokens.get(first - 1).isVerb() && !tokens.get(first - 1).pos().equals("IN")
                && !tokens.get(first - 1).pos().equals("WDT") && !tokens.get(first - 1).pos().equals("WP")) {
            first--;
        }
        for (int h = end - 1; h >= first; h--) {
            Token t = tokens.get(h);
            if ((t.isNoun() || t.pos().startsWith("PRP")) && !lower(t).equals("that") && !lower(t).equals("this")) {
                return new int[] {first, end, h};
            }
        }
        return null;
    }

    /** Verbs whose content is a prepositional phrase: "referring to X", "talked about Y". */
    private static final java.util.Map<String, Set<String>> PREPOSITIONAL = java.util.Map.ofEntries(
            java.util.Map.entry("refer", Set.of("to")), java.util.Map.entry("talk", Set.of("about", "of")),
            java.util.Map.entry("speak", Set.of("about", "of")), java.util.Map.entry("point", Set.of("to")),
            java.util.Map.entry("complain", Set.of("about", "of")), java.util.Map.entry("warn", Set.of("about", "of", "against")),
            java.util.Map.entry("rail", Set.of("against")), java.util.Map.entry("write", Set.of("about", "of")),
            java.util.Map.entry("comment", Set.of("on", "about")), java.util.Map.entry("testify", Set.of("about", "on")),
            java.util.Map.entry("joke", Set.of("about")), java.util.Map.entry("boast", Set.of("about", "of")),
            java.util.Map.entry("worry", Set.of("about")), java.util.Map.entry("think", Set.of("about", "of")),
            java.util.Map.entry("ask", Set.of("about", "for")), java.util.Map.entry("argue", Set.of("for", "against")),
            java.util.Map.entry("accuse", Set.of("of")), java.util.Map.entry("blame", Set.of("for")),
            java.util.Map.entry("criticize", Set.of("for")), java.util.Map.entry("praise", Set.of("for")),
            java.util.Map.entry("thank", Set.of("for")), java.util.Map.entry("apologize", Set.of("for")),
            java.util.Map.entry("push", Set.of("for")), java.util.Map.entry("lobby", Set.of("for")),
            java.util.Map.entry("campaign", Set.of("for", "against")), java.util.Map.entry("vote", Set.of("for", "against")),
            java.util.Map.entry("advocate", Set.of("for")), java.util.Map.entry("fight", Set.of("for", "against")),
            java.util.Map.entry("side", Set.of("with")), java.util.Map.entry("agree", Set.of("with")),
            java.util.Map.entry("disagree", Set.of("with")), java.util.Map.entry("distance", Set.of("from")));

    private int[] prepositional(int node, Set<String> prepositions) {
        for (int c : parse.children(node)) {
            if (c > node && (parse.relation(c).startsWith("obl") || parse.relation(c).startsWith("nmod"))) {
                Optional<Integer> caseWord = parse.child(c, "case");
                if (caseWord.isPresent() && prepositions.contains(lower(tokens.get(caseWord.get())))) {
                    int[] r = range(c, -1);
                    r[0] = caseWord.get() + 1;
                    return r;
                }
            }
        }
        return null;
    }

    /** "called for X", "called on X to Y", "called the idea a “ridiculous proposition”". */
    private int[] callFor(int node) {
        int[] pp = prepositional(node, Set.of("for", "on"));
        if (pp != null) {
            return pp;
        }
        Optional<Integer> obj = parse.child(node, "obj").filter(o -> o > node);
        if (obj.isEmpty()) {
            return null;
        }
        int[] r = range(obj.get(), -1);
        for (int c : parse.children(node)) {
            String rel = parse.relation(c);
            if (c > obj.get() && (rel.equals("xcomp") || rel.equals("obj"))) {
                r[1] = Math.max(r[1], range(c, -1)[1]);
            }
        }
        return r;
    }

    // ---- "X's statement that ..." ---------------------------------------------------------------

    private Optional<Candidate> nounCue(Token n) {
        if (!n.isNoun() || n.isProperNoun()) {
            return Optional.empty();
        }
        Optional<CueClass> cls = lexicon.noun(n.lemma());
        if (cls.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> clause = parse.child(n.index(), "ccomp")
                .or(() -> parse.child(n.index(), "acl").filter(a -> parse.child(a, "mark").isPresent()));
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        Source source = parse.child(n.index(), "nmod:poss").map(this::sourceAt).orElse(null);
        int[] cue = {n.index(), n.index() + 1};
        return candidate(range(clause.get(), -1), cue, source, certainty(cls.get(), n.index(), false), List.of(), n.index());
    }

    /** Adjectives of stance: "X is confident that ...", "critical of Y", "worried about Z". */
    private static final java.util.Map<String, Set<String>> STANCE_ADJECTIVES = java.util.Map.ofEntries(
            java.util.Map.entry("aware", Set.of("of", "that")), java.util.Map.entry("confident", Set.of("in", "of", "that")),
            java.util.Map.entry("critical", Set.of("of")), java.util.Map.entry("skeptical", Set.of("of", "about", "that")),
            java.util.Map.entry("sceptical", Set.of("of", "about", "that")), java.util.Map.entry("worried", Set.of("about", "that")),
            java.util.Map.entry("concerned", Set.of("about", "that")), java.util.Map.entry("leery", Set.of("of")),
            java.util.Map.entry("wary", Set.of("of")), java.util.Map.entry("convinced", Set.of("of", "that")),
            java.util.Map.entry("sure", Set.of("of", "that")), java.util.Map.entry("certain", Set.of("of", "that")),
            java.util.Map.entry("hopeful", Set.of("about", "that")), java.util.Map.entry("optimistic", Set.of("about", "that")),
            java.util.Map.entry("pessimistic", Set.of("about", "that")), java.util.Map.entry("supportive", Set.of("of")),
            java.util.Map.entry("opposed", Set.of("to")), java.util.Map.entry("afraid", Set.of("of", "that")),
            java.util.Map.entry("angry", Set.of("about", "at", "that")), java.util.Map.entry("upset", Set.of("about", "that")),
            java.util.Map.entry("unhappy", Set.of("with", "about", "that")), java.util.Map.entry("happy", Set.of("with", "about", "that")),
            java.util.Map.entry("proud", Set.of("of", "that")), java.util.Map.entry("eager", Set.of("to")),
            java.util.Map.entry("reluctant", Set.of("to")), java.util.Map.entry("willing", Set.of("to")),
            java.util.Map.entry("unwilling", Set.of("to")), java.util.Map.entry("determined", Set.of("to")),
            java.util.Map.entry("adamant", Set.of("that")), java.util.Map.entry("unsure", Set.of("of", "about", "whether")));

    private Optional<Candidate> adjectiveCue(Token a) {
        if (!a.pos().startsWith("JJ") && !a.pos().equals("VBN")) {
            return Optional.empty();
        }
        Set<String> heads = STANCE_ADJECTIVES.get(lower(a));
        Optional<Integer> subj = parse.child(a.index(), "nsubj");
        if (heads == null || subj.isEmpty() || parse.child(a.index(), "cop").isEmpty()) {
            return Optional.empty();
        }
        int[] content = parse.child(a.index(), "ccomp").map(c -> range(c, -1))
                .or(() -> parse.child(a.index(), "xcomp").map(c -> range(c, -1)))
                .orElseGet(() -> prepositional(a.index(), heads));
        if (content == null) {
            return Optional.empty();
        }
        int[] cue = {parse.child(a.index(), "cop").get(), a.index() + 1};
        return candidate(content, cue, sourceAt(subj.get()), Certainty.REPORTED, List.of(), a.index());
    }

    // ---- "according to X", "as per X", "citing X" -----------------------------------------------

    private Optional<Candidate> prepositionCue(Token t) {
        String w = lower(t);
        int x;
        int cueFirst = t.index();
        if (w.equals("according") && parse.child(t.index(), "fixed").isPresent()
                || w.equals("per") && t.index() > 0 && lower(tokens.get(t.index() - 1)).equals("as")) {
            x = parse.head(t.index());
            if (w.equals("per")) {
                cueFirst = t.index() - 1;
            }
        } else if ((w.equals("citing") || w.equals("quoting")) && parse.child(t.index(), "obj").isPresent()
                && !isCue(parse.head(t.index()))) {
            x = parse.child(t.index(), "obj").get();
        } else {
            return Optional.empty();
        }
        if (x < 0) {
            return Optional.empty();
        }
        int clause = parse.head(x) >= 0 && !w.equals("citing") && !w.equals("quoting") ? parse.head(x) : parse.head(t.index());
        if (clause < 0 || clause == x) {
            return Optional.empty();
        }
        int excluded = w.equals("citing") || w.equals("quoting") ? t.index() : x;
        int[] content = range(clause, excluded);
        int cueEnd = w.equals("according") ? parse.child(t.index(), "fixed").get() + 1 : t.index() + 1;
        int[] cue = {cueFirst, cueEnd};
        return candidate(content, cue, sourceAt(x), Certainty.REPORTED, List.of(), t.index());
    }

    private boolean isCue(int token) {
        return token >= 0 && lexicon.verb(tokens.get(token).lemma()).isPresent();
    }

    // ---- surface forms the parser gets wrong ----------------------------------------------------

    /**
     * "According to X, CONTENT." / "CONTENT, according to X." / "According to X: “…”", read off the
     * words (the parse often hangs "according to X" on a noun).
     */
    private Optional<Candidate> accordingTo(Sentence s) {
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            if (!lower(tokens.get(i)).equals("according") || !lower(tokens.get(i + 1)).equals("to") || quoted.get(i)) {
                continue;
            }
            int sourceFirst = i + 2;
            int sourceEnd = sourceFirst;
            while (sourceEnd < s.endToken() && !isPunct(tokens.get(sourceEnd)) || sourceEnd < s.endToken()
                    && tokens.get(sourceEnd).pos().equals("HYPH")) {
                sourceEnd++;
            }
            if (sourceEnd == sourceFirst) {
                return Optional.empty();
            }
            int[] content;
            if (i == s.firstToken() || i > s.firstToken() && isPunct(tokens.get(i - 1)) && i - 1 == s.firstToken()) {
                int first = sourceEnd;
                while (first < s.endToken() && isPunct(tokens.get(first)) && !isOpeningMark(tokens.get(first))) {
                    first++;
                }
                content = new int[] {first, s.endToken()};
            } else if (tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).text().equals("—")) {
                int last = sourceEnd < s.endToken() && tokens.get(sourceEnd).text().equals(",") ? s.endToken() : i - 1;
                content = new int[] {s.firstToken(), last == s.endToken() ? i - 1 : last};
            } else {
                return Optional.empty();
            }
            if (content[1] <= content[0]) {
                return Optional.empty();
            }
            Source source = sources.resolve(doc, sourceFirst, sourceEnd, parse.headOf(sourceFirst, sourceEnd));
            Optional<Candidate> c = candidate(content, new int[] {i, i + 2}, source, Certainty.REPORTED, List.of(), i);
            return c.map(this::throughQuote);
        }
        return Optional.empty();
    }

    /** A content that opens a quotation runs to the quotation's end ("According to X: “… . …”"). */
    private Candidate throughQuote(Candidate c) {
        for (QuoteScanner.Quote q : quotes) {
            if (q.start() == c.start() && q.end() > c.end()) {
                return new Candidate(c.start(), q.end(), c.cueStart(), c.cueEnd(), c.source(), c.certainty(), c.chain(),
                        c.cueToken(), false);
            }
        }
        return c;
    }

    private static final Set<String> EVIDENCE_NOUNS = Set.of("poll", "polls", "survey", "surveys", "study", "report",
            "analysis", "data", "census", "tally", "count", "filing", "filings", "documents", "records", "book",
            "article", "column", "editorial", "memo", "letter", "ruling", "opinion", "forecast", "model", "estimates");

    /** "In the CBS poll, Trump's lead ...": a poll, survey or report as the source of the sentence. */
    private Optional<Candidate> inDocument(Sentence s) {
        int i = s.firstToken();
        if (i + 3 >= s.endToken() || !lower(tokens.get(i)).equals("in") && !lower(tokens.get(i)).equals("per")) {
            return Optional.empty();
        }
        int comma = -1;
        for (int j = i + 1; j < Math.min(s.endToken(), i + 12); j++) {
            if (tokens.get(j).text().equals(",")) {
                comma = j;
                break;
            }
        }
        if (comma < 0 || !EVIDENCE_NOUNS.contains(lower(tokens.get(parse.headOf(i + 1, comma))))) {
            return Optional.empty();
        }
        Source source = sources.resolve(doc, i + 1, comma, parse.headOf(i + 1, comma));
        return candidate(new int[] {comma + 1, s.endToken()}, new int[] {i, i + 1}, source, Certainty.REPORTED,
                List.of(), i);
    }

    /**
     * Headline and interview style: a paragraph opening "Trump: …", "Dr. Ben Carson: …" or "Q: …"; the
     * words before the colon are the source, the rest of the paragraph the content.
     */
    private List<Candidate> headlineColons() {
        List<Candidate> result = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int first = s.firstToken();
            if (isOpeningMark(tokens.get(first)) && first + 1 < s.endToken()) {
                first++; // transcripts quoted paragraph by paragraph: "“PENCE: Well, look, ..."
            }
            if (s.firstToken() > 0 && doc.text().substring(tokens.get(s.firstToken() - 1).end(), tokens.get(s.firstToken()).start()).indexOf('\n') < 0) {
                continue; // not at a paragraph start
            }
            for (int colon = first + 1; colon < Math.min(s.endToken() - 2, first + 6); colon++) {
                if (!tokens.get(colon).text().equals(":")) {
                    if (!tokens.get(colon).isCapitalized() && !tokens.get(colon).pos().equals(".")) {
                        break;
                    }
                    continue;
                }
                if (!tokens.get(first).isCapitalized()) {
                    break;
                }
                if (!speakerLabel(first, colon)) {
                    break; // "The Latest: …", "VIDEO: …", "AP-GfK Poll: …": a section or series name
                }
                int end = paragraphEnd(colon + 1);
                Source source = sources.resolve(doc, first, colon, parse.headOf(first, colon));
                candidate(new int[] {colon + 1, end}, new int[] {colon, colon + 1}, source, Certainty.REPORTED,
                        List.of(), colon).ifPresent(result::add);
                break;
            }
        }
        return result;
    }

    /** Labels that head a paragraph as a section, series or medium name, not as a speaker. */
    private static final Set<String> SECTION_LABELS = Set.of("video", "watch", "update", "updated", "editor", "note",
            "photos", "photo", "related", "read", "more", "correction", "listen", "breaking", "exclusive",
            "analysis", "opinion", "live", "latest", "circle", "daily", "q", "a");

    /**
     * Whether the words before a paragraph's colon can name a speaker ("Lynch:", "Clinton camp:",
     * "Poll:", "PENCE:"): none of them names a section, series or medium ("The Latest:", "VIDEO:").
     */
    private boolean speakerLabel(int first, int colon) {
        for (int i = first; i < colon; i++) {
            if (SECTION_LABELS.contains(lower(tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The token after the last one of the paragraph holding {@code token}. */
    private int paragraphEnd(int token) {
        int i = token;
        while (i + 1 < tokens.size()
                && doc.text().substring(tokens.get(i).end(), tokens.get(i + 1).start()).indexOf('\n') < 0) {
            i++;
        }
        return i + 1;
    }

    // ---- "reportedly", "allegedly" --------------------------------------------------------------

    private Optional<Candidate> hedgeAdverb(Token t) {
        String w = lower(t);
        boolean hedge = HEDGE_ADVERBS.contains(w);
        if (!hedge && !ALLEGE_ADVERBS.contains(w) || parse.head(t.index()) < 0) {
            return Optional.empty();
        }
        int[] content = range(parse.head(t.index()), t.index());
        return candidates(content, new int[] {t.index(), t.index() + 1}, null,
                hedge ? Certainty.HEDGED : Certainty.ALLEGED, List.of(), t.index(), true).stream().findFirst();
    }

    // ---- "..., reported Korean Central News Agency." ---------------------------------------------

    /** A cue verb after a comma, followed by its source and the sentence end: the parser often misses it. */
    private Optional<Candidate> postposedCue(Sentence s, List<Candidate> found) {
        int end = s.endToken();
        while (end > s.firstToken() && isPunct(tokens.get(end - 1))) {
            end--;
        }
        for (int i = s.firstToken() + 2; i < end - 1; i++) {
            Token v = tokens.get(i);
            int at = i;
            if (quoted.get(i) || !v.isVerb() || lexicon.verb(v.lemma()).filter(c -> c == CueClass.SAY).isEmpty()
                    || !tokens.get(i - 1).text().equals(",") || found.stream().anyMatch(c -> c.cueToken() == at)) {
                continue;
            }
            int from = i + 1;
            boolean nounPhrase = end - from <= 12 && tokens.subList(from, end).stream().anyMatch(Token::isNoun)
                    && !tokens.get(from).pos().equals("IN") && !tokens.get(from).pos().equals("TO")
                    && tokens.subList(from, end).stream().noneMatch(t -> t.isVerb() || t.pos().equals("MD")
                            || (t.pos().equals("IN") || t.pos().equals("TO")) && t.index() < from + 2 && !lower(t).equals("of"));
            if (!nounPhrase) {
                continue;
            }
            int contentFirst = s.firstToken();
            if (tokens.get(contentFirst).pos().equals("VBG")) {
                // "Flouting the warning, Kim boarded ..., reported KCNA": the adjunct is the writer's
                for (int j = contentFirst; j < i - 1; j++) {
                    if (tokens.get(j).text().equals(",")) {
                        contentFirst = j + 1;
                        break;
                    }
                }
            }
            int[] content = {contentFirst, i - 1};
            int head = parse.headOf(i + 1, end);
            Source source = sources.resolve(doc, i + 1, end, head);
            return candidate(content, new int[] {i, i + 1}, source,
                    certainty(lexicon.verb(v.lemma()).get(), i, false), List.of(), i);
        }
        return Optional.empty();
    }

    // ---- "The plan is tilted toward the rich, the Tax Foundation said." ----------------------------

    /** Conjunctions that make a fronted clause the writer's frame ("When the vote came, officials said"). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "if", "because", "as", "while", "after", "before",
            "although", "though", "since", "until", "unless", "once", "whether", "whereas");

    /** Words that open a clause as the writer's connective, not the speaker's: left out of the content. */
    private static final Set<String> CONNECTIVES = Set.of("but", "and", "so", "yet", "still", "however", "meanwhile");

    /**
     * A clause, a comma, then "NP said" and at most a few adjunct words to the sentence end: the parser
     * often hangs the clause on the verb as an adverbial clause, which the verb rules do not read as
     * content. The clause must hold a verb and start the sentence or follow a connective.
     */
    private Optional<Candidate> frontedClause(Sentence s, List<Candidate> found) {
        int end = s.endToken();
        while (end > s.firstToken() && isPunct(tokens.get(end - 1))) {
            end--;
        }
        for (int i = s.firstToken() + 4; i < end; i++) {
            Token v = tokens.get(i);
            int at = i;
            if (quoted.get(i) || !Set.of("VBD", "VBZ", "VBP").contains(v.pos())
                    || lexicon.verb(v.lemma()).filter(c -> c == CueClass.SAY || c == CueClass.EVIDENCE).isEmpty()
                    || found.stream().anyMatch(c -> c.cueToken() == at)) {
                continue;
            }
            int[] speaker = speakerBefore(i);
            if (speaker == null || speaker[0] <= s.firstToken() + 2 || !tokens.get(speaker[0] - 1).text().equals(",")
                    || tokens.get(speaker[0]).pos().equals("CC") || tokens.get(speaker[0]).pos().equals("RB")
                    || speaker[1] != i && !tokens.subList(speaker[1], i).stream().allMatch(t -> t.pos().equals("RB")
                            || t.pos().equals("MD") || t.lemma().equals("have") || t.lemma().equals("do"))) {
                continue;
            }
            // after the verb: adjuncts only ("on Friday", "in a statement"), no clause of its own
            int adjunctEnd = i + 1;
            while (adjunctEnd < end && !(tokens.get(adjunctEnd).text().equals(",") && adjunctEnd + 1 < end
                    && tokens.get(adjunctEnd + 1).pos().equals("VBG"))) {
                adjunctEnd++; // ", citing the release of prisoners" is the writer's addition
            }
            List<Token> after = tokens.subList(i + 1, adjunctEnd);
            if (after.size() > 8 || after.stream().anyMatch(t -> t.isVerb() || t.pos().equals("MD") || lower(t).equals("that"))) {
                continue;
            }
            int first = s.firstToken();
            while (first < speaker[0] - 1 && (CONNECTIVES.contains(lower(tokens.get(first))) || isPunct(tokens.get(first))
                    && !isOpeningMark(tokens.get(first)))) {
                first++;
            }
            int contentEnd = speaker[0] - 1;
            List<Token> clause = tokens.subList(first, contentEnd);
            if (clause.size() < 3 || clause.stream().noneMatch(t -> t.isVerb() || t.pos().equals("MD"))
                    || SUBORDINATORS.contains(lower(tokens.get(first))) || tokens.get(first).pos().startsWith("W")) {
                continue; // "When the vote came, officials said": a subordinate clause is the writer's frame
            }
            Source source = sources.resolve(doc, speaker[0], speaker[1], speaker[2]);
            return candidate(new int[] {first, contentEnd}, cueRange(i), source,
                    certainty(lexicon.verb(v.lemma()).get(), i, false), List.of(), i);
        }
        return Optional.empty();
    }

    // ---- Said Ellis: “…” ---------------------------------------------------------------------------

    /** A sentence opening with "Said" and its speaker, then a quotation: the inverted order of "X said". */
    private List<Candidate> saidFirst() {
        List<Candidate> result = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int first = s.firstToken();
            if (!tokens.get(first).text().equals("Said")) {
                continue;
            }
            int nameEnd = first + 1;
            while (nameEnd < s.endToken() && !isPunct(tokens.get(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == first + 1) {
                continue;
            }
            int afterName = tokens.get(nameEnd - 1).end();
            int sentenceEnd = tokens.get(s.endToken() - 1).end();
            Optional<QuoteScanner.Quote> quote = quotes.stream()
                    .filter(q -> q.start() > afterName && q.start() < sentenceEnd).findFirst();
            if (quote.isPresent()) {
                Source source = sources.resolve(doc, first + 1, nameEnd, parse.headOf(first + 1, nameEnd));
                result.add(new Candidate(quote.get().start(), quote.get().end(), tokens.get(first).start(),
                        tokens.get(first).end(), source, Certainty.REPORTED, List.of(), first, false));
            }
        }
        return result;
    }

    // ---- “…” ― Sonya Herridge -------------------------------------------------------------------

    /** A name after a dash right after a quotation, ending its paragraph: the quotation's author. */
    private static final Pattern DASH_CREDIT = Pattern.compile(
            "\\G[ \\t]*(?:[―—–]|--?)[ \\t]*(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,4})\\.?[ \\t]*(?:\\n|$)");

    private List<Candidate> dashCredits() {
        List<Candidate> result = new ArrayList<>();
        Matcher m = DASH_CREDIT.matcher(doc.text());
        for (QuoteScanner.Quote q : quotes) {
            if (q.end() >= doc.text().length() || !m.find(q.end())) {
                continue;
            }
            int nameFirst = firstTokenFrom(m.start(1));
            int nameEnd = firstTokenFrom(m.end(1));
            int dash = firstTokenFrom(q.end());
            if (nameFirst <= dash || nameEnd <= nameFirst) {
                continue;
            }
            Source source = sources.resolve(doc, nameFirst, nameEnd, parse.headOf(nameFirst, nameEnd));
            result.add(new Candidate(q.start(), q.end(), tokens.get(dash).start(), tokens.get(dash).end(), source,
                    Certainty.REPORTED, List.of(), dash, false));
        }
        return result;
    }

    // ---- quotes that continue a speaker's quote; credits ----------------------------------------

    /** A quotation with no cue of its own continues the quote or statement just before it. */
    private List<Candidate> continuedQuotes(List<Candidate> kept) {
        List<Candidate> added = new ArrayList<>();
        for (QuoteScanner.Quote q : quotes) {
            boolean covered = kept.stream().anyMatch(c -> c.start() < q.end() && q.start() < c.end());
            String inner = doc.text().substring(q.start(), q.end());
            if (covered || inner.split("\\s+").length < 4) {
                continue;
            }
            Optional<Candidate> before = kept.stream().filter(c -> c.end() <= q.start() && c.source() != null)
                    .max(Comparator.comparingInt(Candidate::end));
            if (before.isEmpty() || !sameOrNextParagraph(before.get().end(), q.start())) {
                continue;
            }
            added.add(new Candidate(q.start(), q.end(), -1, -1, before.get().source(), Certainty.REPORTED, List.of(), -1,
                    false));
        }
        return added;
    }

    private boolean sameOrNextParagraph(int from, int to) {
        String between = doc.text().substring(from, to);
        long breaks = between.chars().filter(ch -> ch == '\n').count();
        return breaks <= 2 && between.replace("\n", "").strip().length() < 40;
    }

    /** "With inputs from agencies", "Reporting by ...", "LONDON (Reuters) —": the whole article's source. */
    private Optional<Candidate> credits() {
        String text = doc.text();
        Matcher credit = CREDIT.matcher(text);
        if (credit.find()) {
            int contentEnd = credit.start();
            while (contentEnd > 0 && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            int contentStart = firstNonSpace(text);
            if (contentEnd > contentStart) {
                Source source = new Source(org.newsgraph.model.Span.of(text, credit.start(2), credit.end(2)), null,
                        SourceKind.MEDIA);
                return Optional.of(new Candidate(contentStart, contentEnd, credit.start(1), credit.end(1), source,
                        Certainty.REPORTED, List.of(), -1, true));
            }
        }
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find()) {
            Source source = new Source(org.newsgraph.model.Span.of(text, dateline.start(1), dateline.end(1)), null,
                    SourceKind.MEDIA);
            int end = text.length();
            while (end > dateline.end() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return Optional.of(new Candidate(dateline.end(), end, dateline.start(1) - 1, dateline.end(1) + 1, source,
                    Certainty.REPORTED, List.of(), -1, true));
        }
        return Optional.empty();
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    // ---- sources, cues, certainty ---------------------------------------------------------------

    private Source subject(int verb) {
        Source found = subjectByParse(verb);
        if (found != null) {
            return found;
        }
        String rel = parse.relation(verb);
        if (rel.equals("acl") && parse.head(verb) >= 0 && tokens.get(parse.head(verb)).isNoun()) {
            return sourceAt(parse.head(verb)); // "super PACs supporting Kasich"
        }
        Token v = tokens.get(verb);
        if (v.pos().equals("VBG") || v.pos().equals("VB") && parse.child(verb, "mark").isPresent()) {
            // "Cruz, challenging the leader, ...", "Clinton promised to deliver": the nearest clause subject above
            int node = parse.head(verb);
            for (int steps = 0; node >= 0 && steps < 4; steps++) {
                Optional<Integer> subj = parse.child(node, "nsubj");
                if (subj.isPresent() && subj.get() != verb) {
                    return sourceAt(subj.get());
                }
                node = parse.head(node);
            }
        }
        if (Set.of("VBD", "VBZ", "VBP").contains(tokens.get(verb).pos())) {
            int[] before = speakerBefore(verb);
            if (before != null) {
                return sources.resolve(doc, before[0], before[1], before[2]);
            }
        }
        return null;
    }

    private Source subjectByParse(int verb) {
        int node = verb;
        for (int steps = 0; node >= 0 && steps < 3; steps++) {
            Optional<Integer> subj = parse.child(node, "nsubj");
            if (subj.isPresent()) {
                return sourceAt(subj.get());
            }
            String rel = parse.relation(node);
            if (steps == 0 && Set.of("VBD", "VBZ", "VBP").contains(tokens.get(verb).pos())) {
                // "“...,” said Caddell": the subject after the verb, mis-attached by the parser
                for (int c : parse.children(node)) {
                    String r = parse.relation(c);
                    if (c > node && (r.equals("xcomp") || r.equals("obj") || r.equals("dep") || r.equals("nsubj"))
                            && tokens.get(c).isNoun() && c == nextContentToken(node)) {
                        return sourceAt(c);
                    }
                }
            }
            boolean participle = tokens.get(node).pos().equals("VBG") || tokens.get(node).pos().equals("VBN");
            if (!(rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl")
                    || participle && (rel.equals("dep") || rel.equals("parataxis")))) {
                break;
            }
            node = parse.head(node);
        }
        // ", saying ...": the participle's speaker is the subject of the sentence's main clause
        Token v = tokens.get(verb);
        if (v.pos().equals("VBG") && verb > 0 && tokens.get(verb - 1).text().equals(",")) {
            Sentence sentence = doc.sentences().get(v.sentence());
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                if (parse.head(t) == -1) {
                    Optional<Integer> subj = parse.child(t, "nsubj");
                    if (subj.isPresent() && subj.get() < verb) {
                        return sourceAt(subj.get());
                    }
                }
            }
        }
        return null;
    }

    private int nextContentToken(int node) {
        int i = node + 1;
        while (i < tokens.size() && (tokens.get(i).pos().equals("DT") || tokens.get(i).isProperNoun() && i > node + 1
                || tokens.get(i).pos().startsWith("JJ"))) {
            i++;
        }
        // the head of the phrase right after the verb
        int first = node + 1;
        return first < tokens.size() ? parse.headOf(first, Math.max(first + 1, Math.min(i + 1, sentenceEnd(node)))) : -1;
    }

    private int sentenceEnd(int token) {
        return doc.sentences().get(tokens.get(token).sentence()).endToken();
    }

    private Source agent(int verb) {
        for (int c : parse.children(verb)) {
            if (parse.relation(c).equals("obl:agent")) {
                return sourceAt(c);
            }
        }
        return null;
    }

    private Source sourceAt(int token) {
        if (tokens.get(token).pos().startsWith("W") && parse.head(token) >= 0
                && parse.relation(parse.head(token)).equals("acl:relcl")) {
            // "the senator, who denied ...": the source is "who", and it refers to the senator
            int antecedent = parse.head(parse.head(token));
            Source referent = sourceAt(antecedent);
            return new Source(doc.span(token, token + 1), referent.entity(), referent.kind());
        }
        int[] r = range(token, -1, Set.of("acl:relcl", "punct", "acl", "case"));
        int open = 0;
        for (int i = r[0]; i < r[1]; i++) {
            open += tokens.get(i).text().equals("(") ? 1 : tokens.get(i).text().equals(")") ? -1 : 0;
        }
        if (open > 0 && r[1] < tokens.size() && tokens.get(r[1]).text().equals(")")) {
            r[1]++; // "Sen. Claire McCaskill (D-Mo.)"
        }
        return sources.resolve(doc, r[0], r[1], token);
    }

    private List<Source> chain(int verb) {
        List<Source> chain = new ArrayList<>();
        for (int c : parse.children(verb)) {
            Token t = tokens.get(c);
            if ((t.lemma().equalsIgnoreCase("cite") || t.lemma().equalsIgnoreCase("quote"))
                    && parse.child(c, "obj").isPresent()) {
                chain.add(sourceAt(parse.child(c, "obj").get()));
            }
        }
        return chain;
    }

    /** The cue: the verb with its auxiliaries, negation and particle ("has not said", "pointed out"). */
    private int[] cueRange(int verb) {
        int first = verb;
        int end = verb + 1;
        for (int c : parse.children(verb)) {
            String r = parse.relation(c);
            if (c < verb && c >= verb - 3 && (r.startsWith("aux") && AUXILIARIES.contains(tokens.get(c).lemma())
                    || r.equals("neg") || r.equals("advmod") && lower(tokens.get(c)).equals("not"))) {
                first = Math.min(first, c);
            } else if (c == verb + 1 && r.equals("compound:prt")) {
                end = c + 1;
            }
        }
        return new int[] {first, end};
    }

    private Certainty certainty(CueClass cls, int verb, boolean sourceless) {
        boolean negated = parse.children(verb).stream().anyMatch(c -> lower(tokens.get(c)).equals("not")
                || lower(tokens.get(c)).equals("n't") || lower(tokens.get(c)).equals("never"));
        boolean modal = parse.children(verb).stream().anyMatch(c -> parse.relation(c).equals("aux")
                && HEDGE_MODALS.contains(lower(tokens.get(c))));
        if (cls == CueClass.DENY) {
            return negated ? Certainty.REPORTED : Certainty.DENIED;
        }
        if (cls == CueClass.ALLEGE) {
            return Certainty.ALLEGED;
        }
        if (cls == CueClass.SEEM || modal || sourceless && cls == CueClass.BELIEVE) {
            return Certainty.HEDGED;
        }
        return negated && cls == CueClass.SAY ? Certainty.DENIED : Certainty.REPORTED;
    }

    // ---- spans ----------------------------------------------------------------------------------

    /** Token range [first, end) of a subtree without the subtree of {@code excluded} (or -1). */
    private int[] range(int node, int excluded) {
        return range(node, excluded, Set.of());
    }

    private int[] range(int node, int excluded, Set<String> skipRelations) {
        int[] r = {node, node + 1};
        collect(node, excluded, skipRelations, r);
        return r;
    }

    private void collect(int node, int excluded, Set<String> skip, int[] r) {
        for (int c : parse.children(node)) {
            if (c == excluded || skip.contains(parse.relation(c))) {
                continue;
            }
            r[0] = Math.min(r[0], c);
            r[1] = Math.max(r[1], c + 1);
            collect(c, excluded, skip, r);
        }
    }

    /**
     * Builds candidates from token ranges, trimming the content's edges and taking in its quotation
     * marks. Content that holds its own cue (and source) is split around them ("“We will,” he said,
     * “never give up.”"), unless {@code whole}: then the cue may stand inside ("Russia is alleged to
     * seek", "The minister reportedly resigned").
     */
    private List<Candidate> candidates(int[] content, int[] cue, Source source, Certainty certainty,
            List<Source> chain, int cueToken, boolean whole) {
        List<Candidate> result = new ArrayList<>();
        int cueStart = tokens.get(cue[0]).start();
        int cueEnd = tokens.get(cue[1] - 1).end();
        if (!whole && cue[0] > content[0] && cue[1] < content[1]) {
            int gapStart = cue[0];
            int gapEnd = cue[1];
            if (source != null && source.span() != null) {
                gapStart = Math.min(gapStart, tokenAt(source.span().start()));
                gapEnd = Math.max(gapEnd, tokenAt(source.span().end() - 1) + 1);
            }
            trimmed(content[0], gapStart, cueStart, cueEnd, source, certainty, chain, cueToken, false).ifPresent(result::add);
            trimmed(gapEnd, content[1], cueStart, cueEnd, source, certainty, chain, cueToken, false).ifPresent(result::add);
            return result;
        }
        trimmed(content[0], content[1], cueStart, cueEnd, source, certainty, chain, cueToken, whole).ifPresent(result::add);
        return result;
    }

    private Optional<Candidate> candidate(int[] content, int[] cue, Source source, Certainty certainty,
            List<Source> chain, int cueToken) {
        return candidates(content, cue, source, certainty, chain, cueToken, false).stream().findFirst();
    }

    private int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.start() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return tokens.size() - 1;
    }

    private Optional<Candidate> trimmed(int first, int end, int cueStart, int cueEnd, Source source,
            Certainty certainty, List<Source> chain, int cueToken, boolean cueInside) {
        while (first < end && (isPunct(tokens.get(first)) && !isOpeningMark(tokens.get(first))
                || lower(tokens.get(first)).equals("that") && parse.relation(first).equals("mark"))) {
            first++;
        }
        while (end > first && isPunct(tokens.get(end - 1)) && !isMark(tokens.get(end - 1))) {
            end--;
        }
        if (end <= first || end - first == 1 && EMPTY_CONTENTS.contains(lower(tokens.get(first)))) {
            return Optional.empty();
        }
        if (source != null && source.span() != null && (source.span().text().equals("That")
                || source.span().text().equals("This"))) {
            return Optional.empty(); // "That said, ..." is the writer's transition, not a speaker
        }
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        for (QuoteScanner.Quote q : quotes) {
            if (q.start() < stop && start < q.end()) {
                if (q.start() < start && start - q.start() <= 2) {
                    start = q.start();
                }
                if (q.end() > stop && q.end() - stop <= 3) {
                    stop = q.end();
                }
            }
        }
        if (!cueInside && cueStart < stop && start < cueEnd) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, stop, cueStart, cueEnd, source, certainty, chain, cueToken, false));
    }

    private static boolean isOpeningMark(Token t) {
        return t.text().equals("“") || t.text().equals("\"") || t.text().equals("``");
    }

    private static boolean isPunct(Token t) {
        return AttributionExtractor.isPunct(t);
    }

    private static String lower(Token t) {
        return AttributionExtractor.lower(t);
    }

    /**
     * Adds to {@code kept} the candidates whose cue lies neither inside a kept one's content or source
     * nor on a kept one's cue over the same words: the outer attribution carries the inner ones.
     */
    private static List<Candidate> outermost(List<Candidate> all, List<Candidate> kept) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed());
        for (Candidate c : sorted) {
            boolean nested = kept.stream().anyMatch(k -> k.contentContains(c.cueStart())
                    || k.start() == c.start() && k.end() == c.end());
            boolean sameCue = kept.stream().anyMatch(k -> k.cueStart() == c.cueStart() && c.cueStart() >= 0
                    && k.start() < c.end() && c.start() < k.end());
            if (!nested && !sameCue) {
                kept.add(c);
            }
        }
        return kept;
    }
}
