package org.newsgraph.pipeline.entity;

import java.util.List;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Which tokens stand inside quotation marks. Curly marks open and close explicitly; straight double
 * marks toggle. The state is kept per sentence, so a stray mark cannot swallow the rest of the text.
 */
final class QuoteRegions {

    private final boolean[] inside;

    private QuoteRegions(boolean[] inside) {
        this.inside = inside;
    }

    static QuoteRegions of(Doc doc) {
        List<Token> tokens = doc.tokens();
        boolean[] inside = new boolean[tokens.size()];
        for (Sentence sentence : doc.sentences()) {
            boolean open = false;
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                String text = tokens.get(i).text();
                if (text.equals("“") || text.equals("``")) {
                    open = true;
                } else if (text.equals("”") || text.equals("''")) {
                    open = false;
                } else if (text.equals("\"")) {
                    open = !open;
                } else {
                    inside[i] = open;
                }
            }
        }
        return new QuoteRegions(inside);
    }

    boolean inside(int token) {
        return inside[token];
    }
}
