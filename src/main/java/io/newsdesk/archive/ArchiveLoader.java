package io.newsdesk.archive;

import io.newsdesk.concurrent.DaemonThreads;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.domain.Article;
import io.newsdesk.ingest.CorpusConfig;
import io.newsdesk.ingest.EmbeddedArticle;
import io.newsdesk.ingest.IngestionService;
import io.newsdesk.index.IngestionState;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the index at start-up, in the background while readiness reports DOWN: the corpus folder
 * (vectors from the embeddings cache), then the archive (vectors from the store, so nothing is embedded
 * again). For an article in both, the newer wins: an edit or a delete made through the API hides the
 * folder's version until the file itself changes.
 */
@ApplicationScoped
public class ArchiveLoader {

    private static final Logger LOG = Logger.getLogger(ArchiveLoader.class);
    private static final int REPLAY_BATCH = 512;

    private final CorpusConfig corpus;
    private final ArticleStore store;
    private final IngestionService ingestion;
    private final CorpusIndex index;
    private final Embedder embedder;
    private final IngestionState state;

    public ArchiveLoader(CorpusConfig corpus, ArticleStore store, IngestionService ingestion, CorpusIndex index,
                         Embedder embedder, IngestionState state) {
        this.corpus = corpus;
        this.store = store;
        this.ingestion = ingestion;
        this.index = index;
        this.embedder = embedder;
        this.state = state;
    }

    void onStart(@Observes StartupEvent event) {
        DaemonThreads.start("newsdesk-load", index.shared() ? this::loadShared : this::load);
    }

    /**
     * With a shared index (Elasticsearch) the articles are already in the cluster: only the corpus folder's
     * articles that the cluster lacks, or holds in an older version than the file, are indexed, so instances
     * starting together, or against a full cluster, embed nothing twice. A deletion or an edit made through
     * the API after the file was written wins, as with the local archive. While the cluster cannot be
     * reached this retries, with readiness DOWN and saying why.
     */
    public void loadShared() {
        long wait = 1000;
        while (true) {
            try {
                long started = System.nanoTime();
                Path folder = Path.of(corpus.path());
                List<Article> fromFolder = ingestion.readCorpusFolder(folder);
                Map<String, CorpusIndex.Stored> held = index.stored(fromFolder);
                Map<String, Instant> modified = new HashMap<>();
                List<Article> missing = new ArrayList<>();
                for (Article article : fromFolder) {
                    CorpusIndex.Stored stored = held.get(article.id());
                    Instant fileTime = modified.computeIfAbsent(article.source(), name -> lastModified(folder.resolve(name)));
                    if (stored == null || !stored.sameVersion() && stored.at().isBefore(fileTime)) {
                        missing.add(article);
                    }
                }
                ingestion.index(missing, "corpus");
                ingestion.persistCache();
                embedder.model();
                LOG.infof("Corpus ready: %d articles in the shared index, %d indexed from the corpus folder now, in %d ms"
                        + " (%d texts embedded)", index.articleCount(), missing.size(),
                        (System.nanoTime() - started) / 1_000_000, embedder.embeddedCount());
                state.ready(index.articleCount());
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Loading the corpus into the shared index failed (%s); retrying in %d s", e.getMessage(), wait / 1000);
                state.failed(e.getMessage());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Math.min(30_000, wait * 2);
            }
        }
    }

    /** Indexes the corpus folder and the archive, then reports ready. */
    public void load() {
        try {
            long started = System.nanoTime();
            ArticleStore.Snapshot archive = store.load();
            Path folder = Path.of(corpus.path());
            List<Article> fromFolder = new ArrayList<>();
            Map<String, Instant> modified = new HashMap<>();
            for (Article article : ingestion.readCorpusFolder(folder)) {
                Instant fileTime = modified.computeIfAbsent(article.source(), name -> lastModified(folder.resolve(name)));
                StoredArticle stored = archive.articles().get(article.id());
                Instant deleted = archive.deleted().get(article.id());
                boolean archived = stored != null && !stored.storedAt().isBefore(fileTime)
                        || deleted != null && !deleted.isBefore(fileTime);
                if (!archived) {
                    fromFolder.add(article);
                    archive.articles().remove(article.id());
                }
            }
            int chunks = ingestion.index(fromFolder, "corpus");
            ingestion.persistCache();
            int restored = restore(archive, folder);
            embedder.model(); // questions need the model: ready means it is loaded too
            LOG.infof("Corpus ready: %d articles (%d from the archive), %d chunks in %d ms (%d texts embedded)",
                    index.articleCount(), restored, index.chunkCount(), (System.nanoTime() - started) / 1_000_000,
                    embedder.embeddedCount());
            state.ready(index.articleCount());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Loading the corpus failed");
            state.failed(e.getMessage());
        }
    }

    /** Indexes the archived articles with their stored vectors; re-embeds (and re-stores) any that no longer fit. */
    private int restore(ArticleStore.Snapshot archive, Path folder) {
        List<EmbeddedArticle> ready = new ArrayList<>(REPLAY_BATCH);
        Map<Origin, List<Article>> stale = new HashMap<>();
        int restored = 0;
        for (StoredArticle stored : archive.articles().values()) {
            if (stored.origin() == Origin.FOLDER && !Files.exists(folder.resolve(stored.article().source()))) {
                store.delete(stored.article().id(), Instant.now()); // its file was removed while the service was down
                continue;
            }
            EmbeddedArticle embedded = ingestion.withVectors(stored.article(), stored.vectors());
            if (embedded == null) {
                stale.computeIfAbsent(stored.origin(), o -> new ArrayList<>()).add(stored.article());
                continue;
            }
            ready.add(embedded);
            restored++;
            if (ready.size() == REPLAY_BATCH) {
                ingestion.indexEmbedded(ready);
                ready.clear();
            }
        }
        ingestion.indexEmbedded(ready);
        stale.forEach((origin, articles) -> {
            LOG.infof("Re-embedding %d archived articles whose passages changed", articles.size());
            Instant now = Instant.now();
            ingestion.index(articles, "archive", batch -> store.putAll(batch.stream()
                    .map(e -> new StoredArticle(e.article(), e.vectors(), now, origin)).toList()));
        });
        return restored + stale.values().stream().mapToInt(List::size).sum();
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
