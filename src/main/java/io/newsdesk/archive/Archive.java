package io.newsdesk.archive;

import io.newsdesk.index.CorpusIndex;
import io.newsdesk.domain.Article;
import io.newsdesk.ingest.IngestionService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The living archive: every article added, replaced or removed at run time is made durable in the
 * {@link ArticleStore} before the index shows it, so whatever a caller was told is there survives a
 * restart or a crash.
 */
@ApplicationScoped
public class Archive {

    private final ArticleStore store;
    private final IngestionService ingestion;
    private final CorpusIndex index;

    public Archive(ArticleStore store, IngestionService ingestion, CorpusIndex index) {
        this.store = store;
        this.ingestion = ingestion;
        this.index = index;
    }

    /** Adds articles (replacing any with the same id), durably; returns each with its passage count. */
    public List<Added> add(List<Article> articles, Origin origin) {
        Map<String, CorpusIndex.Stored> before = index.stored(articles); // one round trip for a shared index
        Map<String, Integer> passages = new HashMap<>();
        Instant now = Instant.now();
        ingestion.index(articles, origin.name().toLowerCase(java.util.Locale.ROOT), batch -> {
            store.putAll(batch.stream().map(embedded -> new StoredArticle(embedded.article(), embedded.vectors(), now, origin)).toList());
            batch.forEach(embedded -> passages.put(embedded.article().id(), embedded.chunks().size()));
        });
        return articles.stream().map(article -> {
            CorpusIndex.Stored held = before.get(article.id());
            return new Added(article, passages.getOrDefault(article.id(), 0), held != null && !held.deleted());
        }).toList();
    }

    /** Adds one article, durably. */
    public Added add(Article article, Origin origin) {
        return add(List.of(article), origin).get(0);
    }

    /** Removes an article, durably; false if there was none. */
    public boolean delete(String id) {
        return ingestion.remove(id, () -> store.delete(id, Instant.now()));
    }

    public Optional<Article> article(String id) {
        return index.article(id);
    }

    /** An article as added: how many passages it has, and whether it replaced one with the same id. */
    public record Added(Article article, int chunks, boolean replaced) {
    }
}
