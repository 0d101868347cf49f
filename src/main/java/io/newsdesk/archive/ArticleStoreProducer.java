package io.newsdesk.archive;

import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

/**
 * The article store: an append-only log under the data folder, or, when the index is shared
 * (Elasticsearch), the index itself: its writes are acknowledged by the cluster, replicated, and seen by
 * every instance, so a local copy would only disagree with it.
 */
public class ArticleStoreProducer {

    @Produces
    @ApplicationScoped
    ArticleStore articleStore(ArchiveConfig config, Embedder embedder, CorpusIndex index) {
        return index.shared() ? new SharedIndexStore() : new LogArticleStore(Path.of(config.path()), embedder.dimension());
    }

    /** Nothing to keep beside a shared index: it stores articles, vectors and deletions durably itself. */
    static final class SharedIndexStore implements ArticleStore {

        @Override
        public Snapshot load() {
            return new Snapshot(new HashMap<>(), new HashMap<>());
        }

        @Override
        public void putAll(List<StoredArticle> articles) {
            // the index write that follows is the durable one
        }

        @Override
        public void delete(String id, Instant at) {
            // the index records the deletion (a tombstone) as it removes the article
        }
    }
}
