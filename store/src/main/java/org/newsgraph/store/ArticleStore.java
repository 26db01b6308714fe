package org.newsgraph.store;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Doc;
import org.newsgraph.store.actors.ActorIndex;
import org.newsgraph.store.events.EventIndex;

/**
 * Analysed articles, kept by id and text hash ({@link ArticleKey}). Storing is idempotent: the same
 * id with the same text is stored once; the same id with another text becomes the article's new
 * latest version, and the earlier ones are kept. Each document is written in one transaction, so a
 * process killed while storing leaves either the whole document or nothing.
 *
 * <p>Implementations are thread-safe (calls may be serialised). Every method throws
 * {@link StoreException} when the database fails.
 */
public interface ArticleStore extends AutoCloseable {

    /**
     * Stores an analysed document: its version row with the document JSON, and its entities,
     * mentions, roles, attributions and events.
     *
     * @throws StoreException if it could not be stored; nothing of it is then written
     */
    Stored store(Doc doc);

    /** Whether this id with this text is stored. */
    boolean contains(ArticleKey key);

    /** Every stored version's key, sorted by id then hash. */
    List<ArticleKey> keys();

    /** The article's latest version, if the id is stored. */
    Optional<StoredVersion> findLatest(String articleId);

    /** All versions of the article, oldest first; empty if the id is not stored. */
    List<StoredVersion> versions(String articleId);

    /** Row counts, for reports and tests. */
    StoreCounts counts();

    /**
     * The corpus-wide actors that stored entities are linked to (as each article is stored), the
     * questions asked of them, and the analyst's merges and splits.
     */
    ActorIndex actors();

    /** The questions asked of the stored events, and the stored documents for export. */
    EventIndex events();

    /** The stored articles with their near-duplicate links (found as each article is stored). */
    org.newsgraph.store.dedup.ArticleIndex articles();

    /**
     * The stories: events of many articles clustered into real-world happenings as each article is
     * stored, with their independent sources.
     */
    org.newsgraph.store.stories.StoryIndex stories();

    /** The claims that several articles carry, and the conflicts between articles (numbers, denials). */
    org.newsgraph.store.claims.ConflictIndex conflicts();

    /** The actor network: actors, and the events, quotes and co-mentions between them. */
    org.newsgraph.store.network.NetworkIndex network();

    /**
     * Recomputes actors, near-duplicates, stories, claims and conflicts from the stored documents in a
     * canonical order, in one transaction ({@link org.newsgraph.store.rebuild.Rebuild}); does nothing
     * when the store was last rebuilt from the same versions and corrections, unless {@code force}.
     */
    org.newsgraph.store.rebuild.Rebuilt rebuild(boolean force, org.newsgraph.store.rebuild.Rebuild.Progress progress);

    /** What feed watching remembers: feeds' validators and the item URLs already handled. */
    FeedLog feeds();

    /** A short description of where the data is, for messages: a directory or a URL without password. */
    String location();

    /**
     * Whether the store was opened read-only (an H2 database whose directory or file cannot be
     * written): reading works, every write throws {@link StoreException}.
     */
    default boolean readOnly() {
        return false;
    }

    /**
     * This store for questions only, asked from many threads at once (a server's requests): its
     * indexes may each run a question on a connection of their own, side by side, rather than one
     * after another; it is {@link #readOnly()} and its writing methods fail. By default the store
     * itself. Closing the store closes it too; closing it does nothing.
     */
    default ArticleStore forQuestions() {
        return this;
    }

    /**
     * The store's change mark ({@link StoreChanges}): the same number twice means nothing that a
     * question answers changed in between, whoever writes to the store.
     *
     * @throws StoreException if the database fails
     */
    long changes();

    /** Releases the connection. Idempotent. */
    @Override
    void close();
}
