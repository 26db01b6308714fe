package org.newsgraph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.actors.Transactions;

/**
 * What feed watching remembers in the store: each feed's validators for conditional requests
 * (tables {@code feeds}) and the item URLs already handled ({@code feed_items}). Each method is one
 * transaction of the store and throws {@link StoreException} when the database fails.
 */
public final class FeedLog {

    /**
     * A feed's validators from its last full fetch.
     *
     * @param etag         the ETag header, if the server sent one
     * @param lastModified the Last-Modified header, if the server sent one
     */
    public record FeedState(@Nullable String etag, @Nullable String lastModified) {
    }

    private static final int MAX_OUTCOME = 1000;

    private final Transactions transactions;

    public FeedLog(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The validators saved for {@code feedUrl}, if it was fetched before. */
    public Optional<FeedState> state(String feedUrl) {
        return transactions.run("cannot read the state of feed " + feedUrl, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT etag, last_modified FROM feeds WHERE feed_url = ?")) {
                select.setString(1, feedUrl);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new FeedState(row.getString(1), row.getString(2)))
                            : Optional.<FeedState>empty();
                }
            }
        });
    }

    /** Saves the validators of the version of {@code feedUrl} just fetched. */
    public void saveState(String feedUrl, FeedState state) {
        transactions.run("cannot save the state of feed " + feedUrl, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM feeds WHERE feed_url = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO feeds (feed_url, etag, last_modified) VALUES (?, ?, ?)")) {
                delete.setString(1, feedUrl);
                delete.executeUpdate();
                insert.setString(1, feedUrl);
                insert.setString(2, state.etag());
                insert.setString(3, state.lastModified());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Whether the item at {@code itemUrl} was handled before. */
    public boolean seen(String itemUrl) {
        return transactions.run("cannot read the seen feed items", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM feed_items WHERE item_url = ?")) {
                select.setString(1, itemUrl);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /**
     * Records that the item at {@code itemUrl} of {@code feedUrl} was handled; nothing if it already is.
     *
     * @param outcome what became of it, e.g. "stored" or "HTTP 404 (not found)"
     */
    public void markSeen(String feedUrl, String itemUrl, String outcome) {
        String shortOutcome = outcome.length() > MAX_OUTCOME ? outcome.substring(0, MAX_OUTCOME) : outcome;
        transactions.run("cannot record the seen feed item " + itemUrl, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM feed_items WHERE item_url = ?")) {
                select.setString(1, itemUrl);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO feed_items (item_url, feed_url, outcome) VALUES (?, ?, ?)")) {
                insert.setString(1, itemUrl);
                insert.setString(2, feedUrl);
                insert.setString(3, shortOutcome);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
