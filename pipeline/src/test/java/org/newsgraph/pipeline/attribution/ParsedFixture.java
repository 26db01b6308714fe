package org.newsgraph.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.lexicon.Gazetteer;
import org.newsgraph.pipeline.lexicon.Lexicons;
import org.newsgraph.pipeline.syntax.DependencyIndex;

/**
 * A parsed one-sentence document written by hand in a CoNLL-U-like form, one token a line:
 * {@code word lemma POS head relation}, heads counted from 1 and 0 for the root. The text is the
 * words joined by single spaces; a line holding only {@code ¶} puts a paragraph break (a newline) before
 * the next word instead, and heads keep counting words only; a word written {@code ~word} follows the one
 * before it without a space. No CoreNLP is loaded.
 */
final class ParsedFixture {

    private ParsedFixture() {
    }

    static Doc doc(String conll) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String separator = " ";
        for (String line : conll.strip().split("\n")) {
            String[] c = line.strip().split("\\s+");
            if (c[0].equals("¶")) {
                separator = "\n";
                continue;
            }
            boolean glued = c[0].length() > 1 && c[0].startsWith("~");
            if (glued) {
                c[0] = c[0].substring(1);
            } else if (!text.isEmpty()) {
                text.append(separator);
            }
            separator = " ";
            int start = text.length();
            text.append(c[0]);
            int index = tokens.size();
            tokens.add(new Token(index, 0, start, text.length(), c[0], c[1], c[2], "O"));
            deps.add(new Dependency(Integer.parseInt(c[3]) - 1, index, c[4]));
        }
        Doc doc = Doc.of(Article.of("fixture", text.toString()));
        return doc.withAnalysis(tokens, List.of(new Sentence(0, 0, tokens.size(), deps)), List.of(), List.of());
    }

    static RuleContext context(Doc doc) {
        Lexicons lexicons = new Lexicons(new Gazetteer(Map.of(), Set.of(), Map.of(), Map.of()));
        CueLexicon lexicon = CueLexicon.get();
        return new RuleContext(doc, DependencyIndex.of(doc), QuoteScanner.scan(doc.text()), lexicon,
                new SourceResolver(lexicon, lexicons));
    }

    /** "content | cue | source | certainty" of a candidate, by text. */
    static String describe(Doc doc, AttributionExtractor.Candidate c) {
        String source = c.source() == null || c.source().span() == null ? "-" : c.source().span().text();
        return doc.text().substring(c.start(), c.end()) + " | " + (c.cueStart() < 0 ? "-" : doc.text().substring(c.cueStart(), c.cueEnd()))
                + " | " + source + " | " + c.certainty();
    }
}
