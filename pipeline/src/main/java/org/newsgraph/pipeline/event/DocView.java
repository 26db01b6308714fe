package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * One document as the event rules read it: tokens, the dependency parse, and the entity mentioned at
 * each token. Immutable after construction; one per document.
 */
final class DocView {

    private final Doc doc;
    private final DependencyIndex parse;
    private final Entity[] entityAt;
    private final Mention[] mentionAt;

    DocView(Doc doc) {
        this.doc = doc;
        this.parse = DependencyIndex.of(doc);
        this.entityAt = new Entity[doc.tokens().size()];
        this.mentionAt = new Mention[doc.tokens().size()];
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) {
                for (int t = m.firstToken(); t < m.endToken() && t < entityAt.length; t++) {
                    if (entityAt[t] == null || m.kind() != MentionKind.PRONOUN) {
                        entityAt[t] = e;
                        mentionAt[t] = m;
                    }
                }
            }
        }
    }

    Doc doc() {
        return doc;
    }

    DependencyIndex parse() {
        return parse;
    }

    Token token(int i) {
        return doc.tokens().get(i);
    }

    int size() {
        return doc.tokens().size();
    }

    /** The lower-case lemma. */
    String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** The lower-case word as written. */
    String word(int i) {
        return token(i).text().toLowerCase(Locale.ROOT);
    }

    boolean isVerb(int i) {
        return token(i).isVerb();
    }

    boolean isNoun(int i) {
        return token(i).isNoun();
    }

    /** A noun, or a gerund used as one: "Fighting broke out", "condemned the shelling". */
    boolean isNominal(int i) {
        String rel = parse.relation(i);
        return isNoun(i) || token(i).pos().equals("VBG") && (rel.startsWith("nsubj") || rel.equals("obj"));
    }

    boolean isPronoun(int i) {
        return token(i).pos().startsWith("PRP");
    }

    Optional<Entity> entity(int token) {
        return Optional.ofNullable(entityAt[token]);
    }

    Optional<Mention> mention(int token) {
        return Optional.ofNullable(mentionAt[token]);
    }

    boolean hasEntityOf(int token, EntityType... types) {
        Entity e = entityAt[token];
        if (e == null) {
            return false;
        }
        for (EntityType type : types) {
            if (e.type() == type) {
                return true;
            }
        }
        return false;
    }

    /** Dependents of {@code token} whose relation starts with {@code prefix} ("obl" matches "obl:tmod"). */
    List<Integer> children(int token, String prefix) {
        List<Integer> result = new ArrayList<>();
        for (int c : parse.children(token)) {
            if (parse.relation(c).startsWith(prefix)) {
                result.add(c);
            }
        }
        return result;
    }

    /** The lower-case lemma of the case marker ("to", "with") of a nominal dependent, or "". */
    String caseOf(int nominal) {
        for (int c : parse.children(nominal)) {
            String rel = parse.relation(c);
            if (rel.equals("case") || rel.equals("mark")) {
                return lemma(c);
            }
        }
        String rel = parse.relation(nominal);
        int colon = rel.indexOf(':');
        return colon < 0 || rel.endsWith(":tmod") || rel.endsWith(":poss") ? "" : rel.substring(colon + 1);
    }

    /**
     * Obliques and nominal modifiers of {@code head} whose case marker is one of {@code cases} (and noun
     * phrases the parser attached as adverbial clauses: "prior to the meeting").
     */
    List<Integer> marked(int head, java.util.Set<String> cases) {
        List<Integer> result = new ArrayList<>();
        for (int c : parse.children(head)) {
            String base = parse.baseRelation(c);
            boolean nominal = base.equals("obl") || base.equals("nmod") || base.equals("advcl") && isNoun(c);
            if (nominal && cases.contains(caseOf(c))) {
                result.add(c);
            }
        }
        return result;
    }

    /**
     * The noun that stands for an event noun in its clause: the container it is compounded with ("aid"
     * in "a military aid package" stands as "package"), else the noun itself.
     */
    int standIn(int noun) {
        int head = parse.head(noun);
        boolean contained = parse.relation(noun).equals("compound") && head >= 0
                && EventLexicon.get().isContainer(lemma(head));
        return contained ? head : noun;
    }

    /** The token itself and the heads of its conjuncts ("US, Europe and allies"). */
    List<Integer> withConjuncts(int token) {
        List<Integer> result = new ArrayList<>();
        result.add(token);
        for (int c : parse.children(token)) {
            if (parse.relation(c).equals("conj")) {
                result.add(c);
            }
        }
        return result;
    }
}
