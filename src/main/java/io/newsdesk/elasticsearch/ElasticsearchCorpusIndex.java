package io.newsdesk.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.ArticleVectors;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.EnglishTerms;
import io.newsdesk.index.Hit;
import io.newsdesk.index.IndexConfig;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.index.PassageIds;
import io.newsdesk.index.SearchFilter;
import io.newsdesk.embed.Vectors;
import io.newsdesk.text.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus in an Elasticsearch cluster that many instances share: passages with their vectors (HNSW,
 * dot product on unit vectors, so the score is the cosine) and their analysed terms for BM25, and the
 * articles. Hybrid fusion stays in the service, the same as for the memory store. Writes are refreshed
 * before the call returns, so every instance sees them at once; nothing is kept locally but caches.
 */
@ApplicationScoped
@Typed(ElasticsearchCorpusIndex.class) // the CorpusIndex in use comes from CorpusIndexProducer
public class ElasticsearchCorpusIndex implements CorpusIndex {

    private static final int MAX_QUERY_TERMS = 64;
    /** Elasticsearch's default window for from + size. */
    private static final int MAX_WINDOW = 10_000;
    /** The most sources {@link #sources()} lists. */
    private static final int MAX_SOURCES = 1_000;

    private final ElasticsearchClient client;
    private final ElasticsearchConfig config;
    private final IndexConfig indexConfig;
    private final IndexNames names;
    private final ClusterCalls calls;
    private final BulkWriter writer;
    private final int dimension;
    private final DocumentReader reader;
    private final Cache<String, Long> statistics;
    private volatile boolean indicesReady;

    public ElasticsearchCorpusIndex(ElasticsearchClient client, ElasticsearchConfig config, IndexConfig indexConfig,
                                    Embedder embedder) {
        this.client = client;
        this.config = config;
        this.indexConfig = indexConfig;
        this.names = IndexNames.of(config.index());
        this.calls = new ClusterCalls(config);
        this.writer = new BulkWriter(client, calls, config.bulkPassages());
        this.dimension = embedder.dimension();
        this.reader = new DocumentReader(client, calls, names, dimension, config.passageCache());
        this.statistics = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(config.statisticsTtl()).build();
    }

    @Override
    public boolean shared() {
        return true;
    }

    /** Creates the indices if they are missing; every call below makes sure this has run. */
    void ensureIndices() {
        if (!indicesReady) {
            calls.call("creating indices", () -> {
                IndexSetup.ensure(client, names, config, dimension);
                return Boolean.TRUE;
            }, Boolean.class);
            indicesReady = true;
        }
    }

    @Override
    public void putAll(List<ArticleVectors> batch) {
        if (batch.isEmpty()) {
            return;
        }
        ensureIndices();
        Map<String, ArticleDocument> previous = reader.articles(batch.stream().map(a -> a.article().id()).toList());
        long now = System.currentTimeMillis();
        List<BulkWriter.Operation> operations = new ArrayList<>();
        for (ArticleVectors entry : batch) {
            Article article = entry.article();
            String version = PassageIds.version(article);
            String titleTerms = String.join(" ", EnglishTerms.all(article.title()));
            String articleTerms = indexConfig.articleWeight() > 0
                    ? String.join(" ", EnglishTerms.all(article.title() + "\n" + article.text())) : null;
            for (int i = 0; i < entry.chunks().size(); i++) {
                Chunk chunk = entry.chunks().get(i);
                PassageDocument doc = new PassageDocument(article.id(), version, chunk.ordinal(), chunk.start(), chunk.end(),
                        spans(chunk.sentences()), entry.chunkVectors()[i],
                        VectorCodec.encode(entry.chunkVectors()[i], entry.sentenceVectors()[i]),
                        String.join(" ", EnglishTerms.all(chunk.text())), titleTerms, articleTerms,
                        ArticleDocument.epochDay(article), SearchFilter.key(article.shownSource()), article.desk());
                operations.add(BulkWriter.Operation.index(names.passages(), PassageIds.of(version, chunk.ordinal()), doc));
            }
            operations.add(BulkWriter.Operation.index(names.articles(), article.id(),
                    ArticleDocument.of(article, version, entry.chunks().size(), now)));
            ArticleDocument old = previous.get(article.id());
            if (old != null && !old.deleted() && !version.equals(old.version())) {
                for (int ordinal = 0; ordinal < old.passages(); ordinal++) {
                    operations.add(BulkWriter.Operation.delete(names.passages(), PassageIds.of(old.version(), ordinal)));
                }
            }
        }
        writer.write(operations);
        statistics.invalidateAll();
    }

    @Override
    public boolean remove(String articleId) {
        ensureIndices();
        ArticleDocument old = reader.articles(List.of(articleId)).get(articleId);
        if (old == null || old.deleted()) {
            return false;
        }
        List<BulkWriter.Operation> operations = new ArrayList<>();
        for (int ordinal = 0; ordinal < old.passages(); ordinal++) {
            operations.add(BulkWriter.Operation.delete(names.passages(), PassageIds.of(old.version(), ordinal)));
        }
        operations.add(BulkWriter.Operation.index(names.articles(), articleId, ArticleDocument.tombstone(articleId, System.currentTimeMillis())));
        writer.write(operations);
        statistics.invalidateAll();
        return true;
    }

    @Override
    public void refresh() {
        ensureIndices();
        calls.call("refresh", () -> client.indices().refresh(r -> r.index(names.passages(), names.articles())),
                co.elastic.clients.elasticsearch.indices.RefreshResponse.class);
        // counts read between a write and this refresh saw the old corpus: forget them
        statistics.invalidateAll();
    }

    @Override
    public List<Hit> dense(float[] query, int n, SearchFilter filter) {
        ensureIndices();
        List<Float> vector = new ArrayList<>(query.length);
        for (float value : query) {
            vector.add(value);
        }
        int candidates = Math.min(MAX_WINDOW, Math.max(100, n * config.candidatesPerResult()));
        SearchResponse<PassageDocument> response = search("dense search", s -> s.index(names.passages()).size(n)
                .knn(k -> {
                    k.field("vector").queryVector(vector).k(n).numCandidates(candidates);
                    return filter.isNone() ? k : k.filter(filterClauses(filter));
                })
                .source(src -> src.fetch(false)));
        // dot_product scores are (1 + cosine) / 2
        return hits(response, score -> 2 * score - 1);
    }

    @Override
    public List<Hit> keyword(List<String> terms, int n, SearchFilter filter) {
        if (terms.isEmpty()) {
            return List.of();
        }
        ensureIndices();
        BoolQuery.Builder bool = new BoolQuery.Builder();
        for (String term : terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))) {
            bool.should(termQuery("terms", term, 1f));
            bool.should(termQuery("title_terms", term, indexConfig.titleBoost()));
            if (indexConfig.articleWeight() > 0) {
                bool.should(termQuery("article_terms", term, indexConfig.articleWeight()));
            }
        }
        if (!filter.isNone()) {
            bool.filter(filterClauses(filter));
        }
        Query query = bool.build()._toQuery();
        SearchResponse<PassageDocument> response = search("keyword search", s -> s.index(names.passages()).size(n)
                .query(query).source(src -> src.fetch(false)));
        return hits(response, score -> score);
    }

    @Override
    public float cosine(IndexedChunk passage, float[] query) {
        DocumentReader.Decoded decoded = reader.passages(List.of(passage.id())).get(passage.id());
        return decoded == null ? Float.NaN : Vectors.dot(query, decoded.vector(), 0);
    }

    @Override
    public boolean mentions(String term) {
        return documentFrequency(term) > 0;
    }

    @Override
    public double idf(String term) {
        long n = chunkCount();
        long df = documentFrequency(term);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private long documentFrequency(String term) {
        return statistics.get("df:" + term, key -> count(names.passages(), termQuery("terms", term, 1f)));
    }

    @Override
    public Optional<Article> article(String id) {
        ensureIndices();
        ArticleDocument doc = reader.articles(List.of(id)).get(id);
        return doc == null || doc.deleted() ? Optional.empty() : Optional.of(doc.toArticle(id));
    }

    @Override
    public Map<String, Article> articles(Collection<String> ids) {
        ensureIndices();
        Map<String, Article> found = new HashMap<>();
        List<String> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += 1000) {
            reader.articles(list.subList(from, Math.min(list.size(), from + 1000))).forEach((id, doc) -> {
                if (!doc.deleted()) {
                    found.put(id, doc.toArticle(id));
                }
            });
        }
        return found;
    }

    @Override
    public List<IndexedChunk> chunksOf(String articleId) {
        ensureIndices();
        ArticleDocument doc = reader.articles(List.of(articleId)).get(articleId);
        if (doc == null || doc.deleted()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int ordinal = 0; ordinal < doc.passages(); ordinal++) {
            ids.add(PassageIds.of(doc.version(), ordinal));
        }
        Map<String, DocumentReader.Decoded> decoded = reader.passages(ids);
        return ids.stream().filter(decoded::containsKey).map(id -> decoded.get(id).chunk()).toList();
    }

    @Override
    public int chunkCount(String articleId) {
        ensureIndices();
        ArticleDocument doc = reader.articles(List.of(articleId)).get(articleId);
        return doc == null || doc.deleted() ? 0 : doc.passages();
    }

    @Override
    public List<Article> articles(int offset, int limit, SearchFilter filter) {
        ensureIndices();
        if (offset >= MAX_WINDOW) {
            return List.of();
        }
        int size = Math.min(limit, MAX_WINDOW - offset);
        SearchResponse<ArticleDocument> response = calls.call("listing articles", () -> client.search(s -> s
                .index(names.articles()).from(offset).size(size)
                .query(liveArticles(filter))
                .sort(o -> o.field(f -> f.field("stored_at").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), ArticleDocument.class), searchType());
        return response.hits().hits().stream().map(hit -> hit.source().toArticle(hit.id())).toList();
    }

    @Override
    public int articleCount(SearchFilter filter) {
        ensureIndices();
        return filter.isNone() ? articleCount() : (int) count(names.articles(), liveArticles(filter));
    }

    @Override
    public Map<String, Integer> sources(SearchFilter filter) {
        ensureIndices();
        SearchResponse<ArticleDocument> response = calls.call("article sources", () -> client.search(s -> s
                .index(names.articles()).size(0).query(liveArticles(filter))
                .aggregations("sources", a -> a.terms(t -> t.field("shown_source").size(MAX_SOURCES))), ArticleDocument.class),
                searchType());
        Map<String, Integer> sources = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.aggregations().get("sources").sterms().buckets().array()
                .forEach(bucket -> sources.put(bucket.key().stringValue(), (int) bucket.docCount()));
        return sources;
    }

    @Override
    public ArticleMatches findArticles(List<String> terms, SearchFilter filter, boolean byRelevance, int offset, int limit) {
        ensureIndices();
        if (terms.isEmpty()) {
            if (offset >= MAX_WINDOW) {
                return new ArticleMatches(articleCount(filter), List.of());
            }
            int size = Math.min(limit, MAX_WINDOW - offset);
            SearchResponse<ArticleDocument> response = calls.call("listing articles", () -> client.search(s -> s
                    .index(names.articles()).from(offset).size(size).trackTotalHits(t -> t.enabled(true))
                    .query(liveArticles(filter))
                    .sort(o -> o.field(f -> f.field("day").order(SortOrder.Desc).missing("_last")))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), ArticleDocument.class), searchType());
            return new ArticleMatches((int) response.hits().total().value(),
                    response.hits().hits().stream().map(hit -> hit.source().toArticle(hit.id())).toList());
        }
        // every word somewhere in the article: its passages carry the article's terms when article-level BM25 is on,
        // else every word in one passage
        String field = indexConfig.articleWeight() > 0 ? "article_terms" : "terms";
        BoolQuery.Builder bool = new BoolQuery.Builder();
        new java.util.LinkedHashSet<>(terms).stream().limit(MAX_QUERY_TERMS).forEach(term -> bool.must(termQuery(field, term, 1f)));
        bool.filter(filterClauses(filter));
        Query query = bool.build()._toQuery();
        // one hit per article (its best passage), in score order; the passages' own source holds article_id
        SearchResponse<PassageDocument> response = calls.call("finding articles", () -> client.search(s -> s
                .index(names.passages()).size(MAX_WINDOW).query(query)
                .collapse(c -> c.field("article_id"))
                .source(src -> src.filter(f -> f.includes("article_id"))), PassageDocument.class), searchType());
        List<String> ids = new ArrayList<>();
        Map<String, Double> scores = new java.util.HashMap<>();
        response.hits().hits().forEach(hit -> {
            if (hit.source() != null && hit.score() != null) {
                ids.add(hit.source().articleId());
                scores.putIfAbsent(hit.source().articleId(), hit.score());
            }
        });
        Map<String, Article> found = articles(ids);
        List<Article> matching = new ArrayList<>(found.values());
        matching.sort(byRelevance
                ? java.util.Comparator.comparing((Article a) -> -scores.get(a.id())).thenComparing(NEWEST_FIRST)
                : NEWEST_FIRST);
        return new ArticleMatches(matching.size(), matching.stream().skip(offset).limit(limit).toList());
    }

    @Override
    public Map<String, Integer> desks(SearchFilter filter) {
        ensureIndices();
        SearchResponse<ArticleDocument> response = calls.call("article desks", () -> client.search(s -> s
                .index(names.articles()).size(0).query(liveArticles(filter))
                .aggregations("desks", a -> a.terms(t -> t.field("desk").size(MAX_SOURCES))), ArticleDocument.class),
                searchType());
        Map<String, Integer> desks = new java.util.TreeMap<>();
        response.aggregations().get("desks").sterms().buckets().array()
                .forEach(bucket -> desks.put(bucket.key().stringValue(), (int) bucket.docCount()));
        return desks;
    }

    /** Articles, not tombstones, that the filter accepts. */
    private static Query liveArticles(SearchFilter filter) {
        return Query.of(q -> q.bool(b -> b.filter(termQuery("deleted", false)).filter(filterClauses(filter))));
    }

    /**
     * The filter as clauses every passage and article document can answer: its day, lower-cased source and desk.
     * Applied inside the kNN and BM25 searches, so the top k come from what the filter lets through.
     */
    static List<Query> filterClauses(SearchFilter filter) {
        List<Query> clauses = new ArrayList<>();
        if (!filter.dates().unbounded()) {
            clauses.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("day");
                if (filter.dates().from() != null) {
                    n.gte((double) filter.dates().from().toEpochDay());
                }
                if (filter.dates().to() != null) {
                    n.lte((double) filter.dates().to().toEpochDay());
                }
                return n;
            }))));
        }
        if (!filter.sources().isEmpty()) {
            clauses.add(termsQuery("source_key", filter.sources()));
        }
        if (filter.desks() != null) {
            clauses.add(termsQuery("desk", filter.desks()));
        }
        if (!filter.hiddenDesks().isEmpty()) {
            Query hidden = termsQuery("desk", filter.hiddenDesks());
            clauses.add(Query.of(q -> q.bool(b -> b.mustNot(hidden))));
        }
        return clauses;
    }

    private static Query termsQuery(String field, java.util.Set<String> values) {
        List<FieldValue> terms = values.stream().sorted().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }

    @Override
    public List<String> articlesFrom(String source) {
        ensureIndices();
        SearchResponse<ArticleDocument> response = calls.call("articles of a source", () -> client.search(s -> s
                .index(names.articles()).size(MAX_WINDOW).source(src -> src.fetch(false))
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("source").value(source)))
                        .filter(f -> f.term(t -> t.field("deleted").value(false))))), ArticleDocument.class), searchType());
        return response.hits().hits().stream().map(h -> h.id()).toList();
    }

    @Override
    public Map<String, Stored> stored(Collection<Article> wanted) {
        ensureIndices();
        Map<String, Stored> found = new HashMap<>();
        List<Article> list = List.copyOf(wanted);
        for (int from = 0; from < list.size(); from += 1000) {
            List<Article> page = list.subList(from, Math.min(list.size(), from + 1000));
            Map<String, ArticleDocument> docs = reader.articles(page.stream().map(Article::id).toList());
            for (Article article : page) {
                ArticleDocument doc = docs.get(article.id());
                if (doc != null) {
                    found.put(article.id(), new Stored(Instant.ofEpochMilli(doc.storedAt()),
                            !doc.deleted() && PassageIds.version(article).equals(doc.version()), doc.deleted()));
                }
            }
        }
        return found;
    }

    @Override
    public int articleCount() {
        ensureIndices();
        return statistics.get("articles", key -> count(names.articles(), termQuery("deleted", false))).intValue();
    }

    @Override
    public int chunkCount() {
        ensureIndices();
        return statistics.get("passages", key -> count(names.passages(), Query.of(q -> q.matchAll(m -> m)))).intValue();
    }

    /** The cluster's health, for readiness. */
    co.elastic.clients.elasticsearch.cluster.HealthResponse health() throws java.io.IOException {
        return client.cluster().health(h -> h.index(names.passages(), names.articles()).timeout(t -> t.time("2s")));
    }

    IndexNames names() {
        return names;
    }

    // --- reading

    /** Search hits as passages, best first; searches return only ids and scores. */
    private List<Hit> hits(SearchResponse<PassageDocument> response, java.util.function.DoubleUnaryOperator score) {
        var found = response.hits().hits();
        Map<String, DocumentReader.Decoded> decoded = reader.passages(found.stream().map(h -> h.id()).toList());
        List<Hit> hits = new ArrayList<>(found.size());
        for (var hit : found) {
            DocumentReader.Decoded passage = decoded.get(hit.id());
            if (passage != null && hit.score() != null) { // else removed since the search
                hits.add(new Hit(passage.chunk(), (float) score.applyAsDouble(hit.score())));
            }
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private SearchResponse<PassageDocument> search(String what,
            java.util.function.Function<co.elastic.clients.elasticsearch.core.SearchRequest.Builder,
                    co.elastic.clients.util.ObjectBuilder<co.elastic.clients.elasticsearch.core.SearchRequest>> request) {
        return calls.call(what, () -> client.search(request, PassageDocument.class), SearchResponse.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Class<SearchResponse<T>> searchType() {
        return (Class) SearchResponse.class;
    }

    private long count(String index, Query query) {
        return calls.call("count", () -> client.count(c -> c.index(index).query(query)).count(), Long.class);
    }

    private static Query termQuery(String field, String term, float boost) {
        return Query.of(q -> q.term(t -> t.field(field).value(term).boost(boost)));
    }

    private static Query termQuery(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static int[] spans(List<Span> sentences) {
        int[] spans = new int[sentences.size() * 2];
        for (int i = 0; i < sentences.size(); i++) {
            spans[2 * i] = sentences.get(i).start();
            spans[2 * i + 1] = sentences.get(i).end();
        }
        return spans;
    }
}
