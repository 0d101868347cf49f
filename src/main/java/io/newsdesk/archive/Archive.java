package io.newsdesk.archive;

import io.newsdesk.audit.Audit;

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

    private final Audit audit;

    public Archive(ArticleStore store, IngestionService ingestion, CorpusIndex index, Audit audit) {
        this.audit = audit;
        this.store = store;
        this.ingestion = ingestion;
        this.index = index;
    }

    /** Adds articles (replacing any with the same id), durably; returns each with its passage count. */
    public List<Added> add(List<Article> articles, Origin origin) {
        return add(articles, origin, origin.name().toLowerCase(java.util.Locale.ROOT), null);
    }

    /**
     * Adds articles for someone ({@code who}, as the audit trail names them; {@code job}, an import's id, or null),
     * durably, and records each change in the audit trail before returning.
     */
    public List<Added> add(List<Article> articles, Origin origin, String who, String job) {
        Map<String, CorpusIndex.Stored> before = index.stored(articles); // one round trip for a shared index
        Map<String, Article> previous = index.articles(articles.stream().map(Article::id).toList());
        Map<String, Integer> passages = new HashMap<>();
        Instant now = Instant.now();
        ingestion.index(articles, origin.name().toLowerCase(java.util.Locale.ROOT), batch -> {
            store.putAll(batch.stream().map(embedded -> new StoredArticle(embedded.article(), embedded.vectors(), now, origin)).toList());
            batch.forEach(embedded -> passages.put(embedded.article().id(), embedded.chunks().size()));
        });
        audit.added(articles, previous, who, path(origin), job);
        return articles.stream().map(article -> {
            CorpusIndex.Stored held = before.get(article.id());
            return new Added(article, passages.getOrDefault(article.id(), 0), held != null && !held.deleted());
        }).toList();
    }

    /** Adds one article, durably. */
    public Added add(Article article, Origin origin) {
        return add(List.of(article), origin).get(0);
    }

    /** Adds one article for someone, durably. */
    public Added add(Article article, Origin origin, String who) {
        return add(List.of(article), origin, who, null).get(0);
    }

    /** Removes an article, durably; false if there was none. */
    public boolean delete(String id) {
        return delete(id, "folder", Origin.FOLDER);
    }

    /** Removes an article for someone, durably, and records it in the audit trail; false if there was none. */
    public boolean delete(String id, String who, Origin origin) {
        Optional<Article> old = index.article(id);
        boolean removed = ingestion.remove(id, () -> store.delete(id, Instant.now()));
        if (removed && old.isPresent()) {
            audit.deleted(old.get(), who, path(origin));
        }
        return removed;
    }

    /** How a change came, as the audit trail says it. */
    private static String path(Origin origin) {
        return origin == Origin.EDIT ? "api" : origin.name().toLowerCase(java.util.Locale.ROOT);
    }

    public Optional<Article> article(String id) {
        return index.article(id);
    }

    /** An article as added: how many passages it has, and whether it replaced one with the same id. */
    public record Added(Article article, int chunks, boolean replaced) {
    }
}
