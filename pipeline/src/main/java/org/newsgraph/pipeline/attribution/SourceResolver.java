package org.newsgraph.pipeline.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Source;
import org.newsgraph.model.SourceKind;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.lexicon.Lexicons;

/**
 * Turns a source phrase into a {@link Source}: the entity it refers to (through the entity layer, so
 * pronouns arrive resolved), and its kind. A pronoun or possessive is never itself taken as a name:
 * an unresolved "he" is a person with no entity. A title ("the spokesperson") resolves to the one
 * entity the article gave that title. Thread-safe.
 */
final class SourceResolver {

    private final CueLexicon lexicon;
    private final Lexicons lexicons;

    SourceResolver(CueLexicon lexicon, Lexicons lexicons) {
        this.lexicon = lexicon;
        this.lexicons = lexicons;
    }

    /**
     * @param first first token of the source phrase
     * @param end   token after it
     * @param head  its head token
     */
    Source resolve(Doc doc, int first, int end, int head) {
        var span = doc.span(first, end);
        Token headToken = doc.tokens().get(head);
        Optional<Entity> entity = entityAt(doc, head);
        if (entity.isEmpty()) {
            entity = byTitle(doc, headToken);
        }
        if (entity.isPresent()) {
            return new Source(span, entity.get().id(), kindOf(entity.get()));
        }
        String word = headToken.text().toLowerCase(Locale.ROOT);
        String lemma = headToken.lemma().toLowerCase(Locale.ROOT);
        SourceKind kind;
        if (headToken.pos().startsWith("PRP")) {
            kind = word.equals("he") || word.equals("she") || word.equals("i") ? SourceKind.PERSON : SourceKind.UNKNOWN;
        } else if (lexicon.isAnonymous(word) || lexicon.isAnonymous(lemma) && headToken.pos().equals("NNS")) {
            kind = SourceKind.ANONYMOUS;
        } else if (lexicon.isDocument(lemma)) {
            kind = SourceKind.DOCUMENT;
        } else if (lexicons.isTitle(lemma) || lexicons.isKinship(lemma)) {
            kind = SourceKind.PERSON; // "the senator said"
        } else if (headToken.isNoun() && !headToken.isProperNoun() && lexicons.nominalType(lemma).isEmpty()
                && headToken.pos().equals("NNS")) {
            kind = SourceKind.ANONYMOUS; // "residents said", "Democrats worry"
        } else if (headToken.isProperNoun() && lexicon.isMedia(span.text())) {
            kind = SourceKind.MEDIA;
        } else {
            kind = SourceKind.UNKNOWN;
        }
        return new Source(span, null, kind);
    }

    private static Optional<Entity> entityAt(Doc doc, int token) {
        Entity best = null;
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) {
                if (m.containsToken(token) && (best == null || m.kind() != MentionKind.PRONOUN)) {
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** "the spokesperson" → the one entity with that title, if exactly one has it. */
    private static Optional<Entity> byTitle(Doc doc, Token head) {
        if (!head.isNoun() || head.isProperNoun()) {
            return Optional.empty();
        }
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        List<Entity> holders = doc.entities().stream()
                .filter(e -> e.roles().stream().anyMatch(r -> {
                    String[] words = r.title().toLowerCase(Locale.ROOT).split("\\s+");
                    return words[words.length - 1].equals(lemma);
                }))
                .filter(e -> e.mentions().get(0).firstToken() < head.index())
                .toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    SourceKind kindOf(Entity e) {
        return switch (e.type()) {
            case PERSON -> SourceKind.PERSON;
            case ORGANIZATION -> lexicon.isMedia(e.name()) ? SourceKind.MEDIA : SourceKind.ORGANIZATION;
            case GPE -> SourceKind.ORGANIZATION;
            default -> SourceKind.UNKNOWN;
        };
    }

    /** True if the entity is a news medium. */
    boolean isMedia(Entity e) {
        return e.type() == EntityType.ORGANIZATION && lexicon.isMedia(e.name());
    }
}
