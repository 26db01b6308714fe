package org.newsgraph.pipeline.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/** Walks over dependency subtrees. Stateless. */
final class Subtrees {

    private Subtrees() {
    }

    /** {@code root} and its descendants down to {@code depth} levels, in no particular order. */
    static List<Integer> tokens(DependencyIndex parse, int root, int depth) {
        List<Integer> result = new ArrayList<>();
        collect(parse, root, depth, result);
        return result;
    }

    private static void collect(DependencyIndex parse, int node, int depth, List<Integer> into) {
        into.add(node);
        if (depth > 0) {
            for (int c : parse.children(node)) {
                collect(parse, c, depth - 1, into);
            }
        }
    }

    /** The first token of the subtree of {@code root}, leaving out punctuation at its edge. */
    static int start(DependencyIndex parse, int root) {
        int start = root;
        for (int c : parse.children(root)) {
            if (c < start && !parse.relation(c).equals("punct")) {
                start = Math.min(start, start(parse, c));
            }
        }
        return start;
    }

    /** The index after the last token of the subtree of {@code root}, leaving out punctuation at its edge. */
    static int end(DependencyIndex parse, int root) {
        int end = root + 1;
        for (int c : parse.children(root)) {
            if (c > root && !parse.relation(c).equals("punct")) {
                end = Math.max(end, end(parse, c));
            }
        }
        return end;
    }
}
