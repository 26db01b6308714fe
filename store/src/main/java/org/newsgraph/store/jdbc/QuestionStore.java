package org.newsgraph.store.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Doc;
import org.newsgraph.store.ArticleKey;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.FeedLog;
import org.newsgraph.store.StoreChanges;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Stored;
import org.newsgraph.store.StoredVersion;
import org.newsgraph.store.actors.ActorIndex;
import org.newsgraph.store.claims.ConflictIndex;
import org.newsgraph.store.dedup.ArticleIndex;
import org.newsgraph.store.events.EventIndex;
import org.newsgraph.store.network.NetworkIndex;
import org.newsgraph.store.rebuild.Rebuild;
import org.newsgraph.store.rebuild.Rebuilt;
import org.newsgraph.store.stories.StoryIndex;

/**
 * {@link JdbcArticleStore#forQuestions()}: the indexes of a store over {@link ReadConnections}, so
 * that questions run side by side; the store's own methods that read one article go to the store,
 * and those that write fail. Thread-safe.
 */
final class QuestionStore implements ArticleStore {

    private final ArticleStore owner;
    private final ReadConnections reads;

    QuestionStore(ArticleStore owner, ReadConnections reads) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    @Override
    public Stored store(Doc doc) {
        throw new StoreException("cannot store " + doc.article().id() + ": this view of " + location() + " only reads");
    }

    @Override
    public boolean contains(ArticleKey key) {
        return owner.contains(key);
    }

    @Override
    public List<ArticleKey> keys() {
        return owner.keys();
    }

    @Override
    public Optional<StoredVersion> findLatest(String articleId) {
        return owner.findLatest(articleId);
    }

    @Override
    public List<StoredVersion> versions(String articleId) {
        return owner.versions(articleId);
    }

    @Override
    public StoreCounts counts() {
        return owner.counts();
    }

    @Override
    public long changes() {
        return reads.run("cannot read the change mark of " + location(), StoreChanges::current);
    }

    @Override
    public ActorIndex actors() {
        return new ActorIndex(reads);
    }

    @Override
    public EventIndex events() {
        return new EventIndex(reads);
    }

    @Override
    public ArticleIndex articles() {
        return new ArticleIndex(reads);
    }

    @Override
    public StoryIndex stories() {
        return new StoryIndex(reads);
    }

    @Override
    public ConflictIndex conflicts() {
        return new ConflictIndex(reads);
    }

    @Override
    public NetworkIndex network() {
        return new NetworkIndex(reads);
    }

    @Override
    public Rebuilt rebuild(boolean force, Rebuild.Progress progress) {
        throw new StoreException("cannot rebuild " + location() + " through a view that only reads");
    }

    @Override
    public FeedLog feeds() {
        return owner.feeds();
    }

    @Override
    public String location() {
        return owner.location();
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public ArticleStore forQuestions() {
        return this;
    }

    /** Nothing: the store closes its connections. */
    @Override
    public void close() {
    }
}
