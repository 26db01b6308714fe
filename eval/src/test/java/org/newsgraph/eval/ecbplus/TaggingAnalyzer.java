package org.newsgraph.eval.ecbplus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.RejectedInputException;

/**
 * A stand-in for the CoreNLP analyser on the cross-document fixture ({@link CrossDocFixture}): words and
 * punctuation are tokens, each line a sentence; the fixture's action words get their part of speech and
 * lemma (every other token is a determiner, which no trigger is), and, as newsgraph types them, each
 * arrest is a COERCE event and a document's first rally a PROTEST event. Documents named in
 * {@code refused} are refused as a non-English text is. Thread-safe.
 */
final class TaggingAnalyzer implements Function<Article, Doc> {

    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");
    private static final Map<String, String[]> TAGS = Map.of("arrested", new String[] {"VBD", "arrest"},
            "released", new String[] {"VBN", "release"}, "continued", new String[] {"VBD", "continue"},
            "closed", new String[] {"VBN", "close"}, "robbery", new String[] {"NN", "robbery"},
            "rally", new String[] {"NN", "rally"});

    private final Set<String> refused;

    TaggingAnalyzer(Set<String> refused) {
        this.refused = Set.copyOf(refused);
    }

    @Override
    public Doc apply(Article article) {
        if (refused.contains(article.id())) {
            throw new RejectedInputException("the text is not in English");
        }
        String text = article.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int sentence = 0;
        int first = 0;
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            Matcher m = TOKEN.matcher(line);
            while (m.find()) {
                String[] tag = TAGS.getOrDefault(m.group(), new String[] {"DT", m.group()});
                tokens.add(new Token(tokens.size(), sentence, lineStart + m.start(), lineStart + m.end(), m.group(),
                        tag[1], tag[0], "O"));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentence++, first, tokens.size(), List.of()));
                first = tokens.size();
            }
            lineStart += line.length() + 1;
        }
        Doc doc = Doc.of(article).withLanguage("en").withAnalysis(tokens, sentences, List.of(), List.of());
        List<Event> events = new ArrayList<>();
        boolean rally = false;
        for (Token t : tokens) {
            boolean firstRally = t.text().equals("rally") && !rally;
            if (t.text().equals("arrested") || firstRally) {
                rally |= firstRally;
                events.add(new Event("v" + (events.size() + 1), firstRally ? "PROTEST" : "COERCE", null, null,
                        doc.span(t.index(), t.index() + 1), List.of(), null, null, EventStatus.OCCURRED, null));
            }
        }
        return doc.withEvents(events);
    }
}
