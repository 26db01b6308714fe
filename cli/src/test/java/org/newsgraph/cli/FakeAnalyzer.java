package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.RejectedInputException;

/**
 * A stand-in for the CoreNLP analyser, for ingest tests that need many articles fast: every
 * capitalised word is a PERSON entity, mentioned wherever it occurs. A text containing "REJECT" is
 * refused as the real analyser refuses a non-English text. Optionally slow, to give a test time to
 * interrupt a run. Thread-safe.
 */
final class FakeAnalyzer implements Function<Article, Doc> {

    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+\\b");

    private final long millisPerArticle;

    FakeAnalyzer(long millisPerArticle) {
        this.millisPerArticle = millisPerArticle;
    }

    @Override
    public Doc apply(Article article) {
        if (article.text().contains("REJECT")) {
            throw new RejectedInputException("the text is not in English");
        }
        if (millisPerArticle > 0) {
            try {
                Thread.sleep(millisPerArticle);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Matcher word = CAPITALISED.matcher(article.text());
        int token = 0;
        while (word.find()) {
            Span span = Span.of(article.text(), word.start(), word.end());
            mentions.computeIfAbsent(word.group(), w -> new ArrayList<>())
                    .add(new Mention(span, token, token + 1, token, EntityType.PERSON, MentionKind.NAME));
            token++;
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((name, found) -> entities.add(
                new Entity("e" + (entities.size() + 1), EntityType.PERSON, name, found, List.of())));
        return Doc.of(article).withLanguage("en").withEntities(entities);
    }
}
