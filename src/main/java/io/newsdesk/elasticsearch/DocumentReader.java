package io.newsdesk.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads articles and passages back from the cluster. A passage is decoded once (its article, sentence
 * vectors and analysed terms) and kept, like the articles, under its content version: another instance
 * replacing an article makes new versions, so nothing read here is ever stale.
 */
final class DocumentReader {

    private final ElasticsearchClient client;
    private final ClusterCalls calls;
    private final IndexNames names;
    private final int dimension;
    private final Cache<String, Decoded> passages;
    /** Articles by version ({@link io.newsdesk.index.PassageIds#version}): a version's text never changes. */
    private final Cache<String, Article> articles;

    DocumentReader(ElasticsearchClient client, ClusterCalls calls, IndexNames names, int dimension, int cacheSize) {
        this.client = client;
        this.calls = calls;
        this.names = names;
        this.dimension = dimension;
        this.passages = Caffeine.newBuilder().maximumSize(cacheSize).build();
        this.articles = Caffeine.newBuilder().maximumSize(Math.max(1000, cacheSize / 4)).build();
    }

    /** A passage decoded: its chunk (with article, sentence vectors and terms) and its vector. */
    record Decoded(IndexedChunk chunk, float[] vector) {
    }

    /** The passages with these ids that still exist, decoded, from the cache or one multi-get. */
    Map<String, Decoded> passages(List<String> ids) {
        Map<String, Decoded> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Decoded cached = passages.getIfPresent(id);
            if (cached != null) {
                found.put(id, cached);
            } else if (!missing.contains(id)) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        MgetResponse<PassageDocument> fetched = calls.call("passages", () -> client.mget(m -> m.index(names.passages())
                .ids(missing).sourceIncludes(PassageDocument.RETURNED), PassageDocument.class), mgetType());
        List<String> fetchedIds = new ArrayList<>();
        List<PassageDocument> docs = new ArrayList<>();
        for (MultiGetResponseItem<PassageDocument> item : fetched.docs()) {
            if (item.isResult() && item.result().found()) {
                fetchedIds.add(item.result().id());
                docs.add(item.result().source());
            }
        }
        Map<String, Article> byVersion = articleVersions(docs);
        for (int i = 0; i < docs.size(); i++) {
            Article article = byVersion.get(docs.get(i).version());
            if (article != null) { // else replaced or removed between the reads
                Decoded passage = decode(fetchedIds.get(i), docs.get(i), article);
                passages.put(fetchedIds.get(i), passage);
                found.put(fetchedIds.get(i), passage);
            }
        }
        return found;
    }

    /** Article documents (live ones and tombstones) by id, in one multi-get. */
    Map<String, ArticleDocument> articles(List<String> ids) {
        Map<String, ArticleDocument> docs = new HashMap<>();
        if (ids.isEmpty()) {
            return docs;
        }
        MgetResponse<ArticleDocument> response = calls.call("articles",
                () -> client.mget(m -> m.index(names.articles()).ids(ids), ArticleDocument.class), mgetType());
        for (MultiGetResponseItem<ArticleDocument> item : response.docs()) {
            if (item.isResult() && item.result().found()) {
                docs.put(item.result().id(), item.result().source());
            }
        }
        return docs;
    }

    private Decoded decode(String id, PassageDocument doc, Article article) {
        List<Span> sentences = new ArrayList<>(doc.sentences().length / 2);
        for (int i = 0; i + 1 < doc.sentences().length; i += 2) {
            sentences.add(new Span(doc.sentences()[i], doc.sentences()[i + 1]));
        }
        Chunk chunk = new Chunk(article.id(), doc.ordinal(), doc.start(), doc.end(),
                article.text().substring(doc.start(), doc.end()), sentences);
        VectorCodec.Decoded vectors = VectorCodec.decode(doc.vectors(), dimension);
        return new Decoded(IndexedChunk.of(id, chunk, article, vectors.sentences()), vectors.passage());
    }

    /** The articles of these passages, by version: from the cache, or one multi-get. */
    private Map<String, Article> articleVersions(List<PassageDocument> docs) {
        Map<String, Article> found = new HashMap<>();
        Map<String, String> missing = new LinkedHashMap<>(); // article id -> version wanted
        for (PassageDocument doc : docs) {
            Article cached = articles.getIfPresent(doc.version());
            if (cached != null) {
                found.put(doc.version(), cached);
            } else {
                missing.putIfAbsent(doc.articleId(), doc.version());
            }
        }
        articles(List.copyOf(missing.keySet())).forEach((id, doc) -> {
            if (!doc.deleted() && doc.version().equals(missing.get(id))) {
                Article article = doc.toArticle(id);
                articles.put(doc.version(), article);
                found.put(doc.version(), article);
            }
        });
        return found;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Class<MgetResponse<T>> mgetType() {
        return (Class) MgetResponse.class;
    }
}
