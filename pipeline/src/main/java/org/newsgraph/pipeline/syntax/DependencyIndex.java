package org.newsgraph.pipeline.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The dependency parse of a whole document, indexed by token: each token's head and relation, and
 * its dependents in text order. Tokens of unparsed sentences have no head. Immutable.
 */
public final class DependencyIndex {

    private final List<Token> tokens;
    private final int[] heads;
    private final String[] relations;
    private final List<List<Integer>> children;

    private DependencyIndex(List<Token> tokens, int[] heads, String[] relations, List<List<Integer>> children) {
        this.tokens = tokens;
        this.heads = heads;
        this.relations = relations;
        this.children = children;
    }

    public static DependencyIndex of(Doc doc) {
        int n = doc.tokens().size();
        int[] heads = new int[n];
        Arrays.fill(heads, -1);
        String[] relations = new String[n];
        Arrays.fill(relations, "");
        List<List<Integer>> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
        }
        for (Sentence sentence : doc.sentences()) {
            for (Dependency dep : sentence.dependencies()) {
                heads[dep.dependent()] = dep.governor();
                relations[dep.dependent()] = dep.relation();
                if (dep.governor() >= 0) {
                    children.get(dep.governor()).add(dep.dependent());
                }
            }
        }
        for (List<Integer> list : children) {
            list.sort(null);
        }
        return new DependencyIndex(doc.tokens(), heads, relations, children);
    }

    /** The head of {@code token}, or -1 for a root or an unparsed token. */
    public int head(int token) {
        return heads[token];
    }

    /** The relation of {@code token} to its head ("nsubj", "nmod:poss"...), "" if none. */
    public String relation(int token) {
        return relations[token];
    }

    /** The relation without subtype: "nmod" for "nmod:poss". */
    public String baseRelation(int token) {
        String r = relations[token];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    public List<Integer> children(int token) {
        return children.get(token);
    }

    /** The first dependent of {@code token} with exactly this relation. */
    public Optional<Integer> child(int token, String relation) {
        for (int c : children.get(token)) {
            if (relations[c].equals(relation)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The first dependent of {@code token} whose relation starts with {@code prefix}. */
    public Optional<Integer> childStartingWith(int token, String prefix) {
        for (int c : children.get(token)) {
            if (relations[c].startsWith(prefix)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The subject (nsubj, nsubj:pass) of a predicate, if any. */
    public Optional<Integer> subject(int predicate) {
        for (int c : children.get(predicate)) {
            if (relations[c].startsWith("nsubj")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** True if {@code ancestor} dominates {@code token} (or is it). */
    public boolean dominates(int ancestor, int token) {
        int t = token;
        for (int steps = 0; t >= 0 && steps < 200; steps++) {
            if (t == ancestor) {
                return true;
            }
            t = heads[t];
        }
        return false;
    }

    /** The syntactic head of a token range: the token whose head lies outside the range (last such). */
    public int headOf(int first, int end) {
        int best = end - 1;
        for (int t = end - 1; t >= first; t--) {
            int h = heads[t];
            if (h < first || h >= end) {
                return t;
            }
        }
        return best;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }
}
