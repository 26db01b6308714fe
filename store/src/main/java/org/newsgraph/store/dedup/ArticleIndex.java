package org.newsgraph.store.dedup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsgraph.store.actors.Transactions;

/** The list of stored articles with their near-duplicate links. Throws {@link org.newsgraph.store.StoreException} when the database fails. */
public final class ArticleIndex {

    private final Transactions transactions;

    public ArticleIndex(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Computes the near-duplicate signatures and links of the article versions stored before
     * near-duplicate detection existed (the store does it when it opens). Idempotent.
     *
     * @return how many versions were given a signature; 0 when every one has one
     */
    public int backfill() {
        return SignatureBackfill.run(transactions);
    }

    /**
     * The latest version of each stored article, newest publication first (undated last), then by id.
     *
     * @param copiesOnly only the articles that are near-duplicates of an earlier one
     * @param limit      at most this many, positive
     */
    public List<ArticleSummary> list(boolean copiesOnly, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String sql = "SELECT article_id, title, published, source, copy_of FROM article_versions WHERE is_latest = TRUE"
                + (copiesOnly ? " AND copy_of IS NOT NULL" : "");
        return transactions.run("cannot list the articles", connection -> {
            List<ArticleSummary> articles = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    articles.add(new ArticleSummary(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
            }
            // Sorted here, not in SQL: the databases' collations and null orders differ.
            return articles.stream()
                    .sorted(Comparator.comparing(ArticleSummary::published,
                                    Comparator.nullsLast(Comparator.<String>reverseOrder()))
                            .thenComparing(ArticleSummary::id))
                    .limit(limit)
                    .toList();
        });
    }
}
