package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** Hand-built documents for stage tests that need no CoreNLP: "word/TAG word/TAG ...". */
public final class TestDocs {

    private TestDocs() {
    }

    /** One sentence of tokens given as word/POS pairs separated by spaces (no parse). */
    public static Doc tagged(String taggedText) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String pair : taggedText.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            String pos = pair.substring(slash + 1);
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), 0, start, text.length(), word, word.toLowerCase(), pos, "O"));
        }
        Doc doc = Doc.of(new Article("t", text.toString(), null, null, null, null));
        return doc.withAnalysis(tokens, List.of(new Sentence(0, 0, tokens.size(), List.of())), List.of(), List.of());
    }

    /** The document with base-recogniser mentions over token ranges: type, first, end, type, first, end... */
    public static Doc withNamed(Doc doc, Object... typeFirstEnd) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < typeFirstEnd.length; i += 3) {
            EntityType type = (EntityType) typeFirstEnd[i];
            int first = (Integer) typeFirstEnd[i + 1];
            int end = (Integer) typeFirstEnd[i + 2];
            mentions.add(new Mention(doc.span(first, end), first, end, end - 1, type, MentionKind.NAME));
        }
        return doc.withAnalysis(doc.tokens(), doc.sentences(), mentions, doc.rawTimexes());
    }
}
