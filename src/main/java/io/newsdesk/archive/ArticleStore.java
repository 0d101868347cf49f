package io.newsdesk.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the articles added at run time (uploads, web pages, imports, feeds, the watched folder) are kept,
 * with their vectors, so that a restart re-embeds nothing. A write returns only once it is durable.
 */
public interface ArticleStore {

    /** Everything stored: the live articles in the order they were stored, and the ids deleted since. */
    Snapshot load();

    /** Stores (or replaces) articles, all durably before returning. */
    void putAll(List<StoredArticle> articles);

    /** Records that an article is gone, durably; it wins over any earlier version and over the corpus folder. */
    void delete(String id, Instant at);

    /** What {@link #load()} found. */
    record Snapshot(Map<String, StoredArticle> articles, Map<String, Instant> deleted) {
    }
}
