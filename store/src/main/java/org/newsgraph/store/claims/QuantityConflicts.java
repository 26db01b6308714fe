package org.newsgraph.store.claims;

import static org.newsgraph.store.claims.ConflictWriter.CANDIDATES;
import static org.newsgraph.store.claims.ConflictWriter.NOT_A_COPY;
import static org.newsgraph.store.claims.ConflictWriter.oneLine;
import static org.newsgraph.store.claims.ConflictWriter.setLong;
import static org.newsgraph.store.claims.ConflictWriter.setNullable;
import static org.newsgraph.store.claims.ConflictWriter.truncate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Doc;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quantity;
import org.newsgraph.model.Span;
import org.newsgraph.store.claims.ConflictWriter.Side;
import org.newsgraph.store.stories.EventFeatures;
import org.newsgraph.store.stories.Sentences;
import org.newsgraph.store.stories.StoryLinker;

/**
 * Quantity conflicts: a number stated in the sentence of an event of a story ("killed 12 people",
 * given to the nearest event trigger of its sentence) is recorded with what it counts (the noun it is
 * about and the event's lemma) and its unit, and differs from a number another article of the story
 * states for the same thing by more than rounding ({@link #differ}). Stateless.
 */
public final class QuantityConflicts {

    private QuantityConflicts() {
    }

    /**
     * Whether two stated numbers differ by more than rounding: by more than 1% of the larger (at least
     * 0.5), or by more than 10% when either is approximate ("about", "more than").
     */
    public static boolean differ(double a, double b, boolean approximate) {
        double tolerance = Math.max(0.5, (approximate ? 0.1 : 0.01) * Math.max(Math.abs(a), Math.abs(b)));
        return Math.abs(a - b) > tolerance;
    }

    /** Records the numbers of the article and the conflicts they make. Neither commits nor rolls back. */
    static void link(ArticleContext article) throws SQLException {
        Connection connection = article.connection();
        Doc doc = article.doc();
        StoryLinker.Linked linked = article.linked();
        long versionId = article.versionId();
        List<Quantity> quantities = doc.quantities();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            Optional<Event> event = article.eventNear(q.span());
            if (event.isEmpty() || !linked.storyOf().containsKey(event.get().id())) {
                continue;
            }
            @Nullable String noun = noun(doc, q);
            if (noun == null) {
                continue;
            }
            long story = linked.storyOf().get(event.get().id());
            EventFeatures f = linked.features().get(event.get().id());
            String key = truncate(noun + "|" + f.lemma(), 200);
            String unit = q.unit() == null ? "" : truncate(q.unit().toLowerCase(Locale.ROOT), 64);
            Span sentence = Sentences.around(doc, q.span().start());
            Side here = new Side(versionId, doc.id(), oneLine(sentence.text()), article.sourceAt(q.span()).orElse(null),
                    article.actorAt(q.span()));
            if (linked.copyOf() == null) {
                compare(article, story, key, unit, q, noun + " (" + f.lemma() + ")", here);
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO story_quantities (story_id, version_id, article_id, ordinal, noun, unit, amount,
                        approximate, quantity_text, sentence_text, source_name, source_actor_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, story);
                insert.setLong(2, versionId);
                insert.setString(3, doc.id());
                insert.setInt(4, i);
                insert.setString(5, key);
                insert.setString(6, unit);
                insert.setDouble(7, q.value());
                insert.setBoolean(8, q.approximate());
                insert.setString(9, oneLine(q.span().text()));
                insert.setString(10, oneLine(sentence.text()));
                setNullable(insert, 11, here.source());
                setLong(insert, 12, here.actorId());
                insert.executeUpdate();
            }
        }
    }

    /** Writes a conflict with each other article of the story that states another number for the same thing. */
    private static void compare(ArticleContext article, long story, String key, String unit, Quantity q, String what,
            Side here) throws SQLException {
        List<Side> found = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Connection connection = article.connection();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT version_id, article_id, amount, approximate, quantity_text, sentence_text, source_name,
                    source_actor_id
                FROM story_quantities WHERE story_id = ? AND noun = ? AND unit = ? AND article_id <> ?"""
                + String.format(NOT_A_COPY, "story_quantities") + " ORDER BY version_id, ordinal")) {
            select.setMaxRows(CANDIDATES);
            select.setLong(1, story);
            select.setString(2, key);
            select.setString(3, unit);
            select.setString(4, article.doc().id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (differ(rows.getDouble(3), q.value(), rows.getBoolean(4) || q.approximate())) {
                        long actor = rows.getLong(8);
                        @Nullable Long actorOrNull = rows.wasNull() ? null : actor;
                        found.add(new Side(rows.getLong(1), rows.getString(2), rows.getString(6), rows.getString(7),
                                actorOrNull));
                        details.add(what + ": " + rows.getString(5) + " vs " + oneLine(q.span().text()));
                    }
                }
            }
        }
        for (int j = 0; j < found.size(); j++) {
            ConflictWriter.insert(connection, "quantity", story, details.get(j), found.get(j), here);
        }
    }

    /** What a number counts, as one lower-case singular noun: the last word of its "about" (an entity's name). */
    static @Nullable String noun(Doc doc, Quantity q) {
        if (q.about() == null) {
            return null;
        }
        String about = doc.findEntity(q.about()).map(Entity::name).orElse(q.about());
        String[] words = about.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
        if (last.isEmpty()) {
            return null;
        }
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            last = last.substring(0, last.length() - 1);
        }
        return last;
    }
}
