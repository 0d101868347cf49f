package io.newsdesk.retrieve;

import io.newsdesk.concurrent.DaemonThreads;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.Hit;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.index.SearchFilter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Finds the passages for a query with dense vectors, BM25, or both fused (the default). When the query
 * still has to be embedded, the BM25 search runs on another core meanwhile, so a hybrid search takes
 * about as long as the slower of the two rather than both.
 */
@ApplicationScoped
public class Retriever {

    private final Embedder embedder;
    private final CorpusIndex index;
    private final RetrievalConfig config;
    private final ExecutorService keywordSearches = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), DaemonThreads.named("newsdesk-keyword-search"));

    public Retriever(Embedder embedder, CorpusIndex index, RetrievalConfig config) {
        this.embedder = embedder;
        this.index = index;
        this.config = config;
    }

    /** The best {@code k} passages for {@code query}, best first. */
    public List<ScoredChunk> search(String query, int k, SearchMode mode) {
        return search(query, k, mode, SearchFilter.NONE);
    }

    /** The best {@code k} passages for {@code query} among the articles the filter accepts, best first. */
    public List<ScoredChunk> search(String query, int k, SearchMode mode, SearchFilter filter) {
        return retrieve(query, k, mode, filter).passages();
    }

    /** As {@link #search(String, int, SearchMode)}, keeping the query's vector for the caller. */
    public Retrieval retrieve(String query, int k, SearchMode mode) {
        return retrieve(query, k, mode, SearchFilter.NONE);
    }

    /** As {@link #search(String, int, SearchMode, SearchFilter)}, keeping the query's vector for the caller. */
    public Retrieval retrieve(String query, int k, SearchMode mode, SearchFilter filter) {
        int candidates = Math.max(k, config.candidates());
        FutureTask<List<Hit>> keyword = keywordSearch(query, candidates, mode, filter);
        float[] vector = embedder.embedQuery(query);
        return new Retrieval(vector, fuse(vector, joined(keyword), k, mode, filter));
    }

    /** As {@link #retrieve(String, int, SearchMode, SearchFilter)} with a vector the caller already has. */
    public List<ScoredChunk> retrieve(String query, float[] vector, int k, SearchFilter filter) {
        int candidates = Math.max(k, config.candidates());
        FutureTask<List<Hit>> keyword = keywordSearch(query, candidates, SearchMode.HYBRID, filter);
        return fuse(vector, joined(keyword), k, SearchMode.HYBRID, filter);
    }

    /** Passages for a query and the query's vector, computed while BM25 ran. */
    public record Retrieval(float[] vector, List<ScoredChunk> passages) {
    }

    private List<ScoredChunk> fuse(float[] vector, List<Hit> keyword, int k, SearchMode mode, SearchFilter filter) {
        int candidates = Math.max(k, config.candidates());
        List<Hit> dense = mode == SearchMode.KEYWORD ? List.of() : index.dense(vector, candidates, filter);
        Map<String, Hit> byId = new HashMap<>();
        Map<String, Float> cosines = new HashMap<>();
        Map<String, Float> bm25 = new HashMap<>();
        dense.forEach(hit -> {
            byId.put(hit.passage().id(), hit);
            cosines.put(hit.passage().id(), hit.score());
        });
        keyword.forEach(hit -> {
            byId.putIfAbsent(hit.passage().id(), hit);
            bm25.put(hit.passage().id(), hit.score());
        });

        Map<String, Double> scores = new HashMap<>();
        switch (mode) {
            case DENSE -> dense.forEach(hit -> scores.put(hit.passage().id(), (double) hit.score()));
            case KEYWORD -> keyword.forEach(hit -> scores.put(hit.passage().id(), (double) hit.score()));
            case HYBRID -> {
                double[] weights = {config.denseWeight(), config.keywordWeight()};
                scores.putAll(config.fusion() == RetrievalConfig.Fusion.CONVEX
                        ? RankFusion.convex(List.of(scoresById(dense), bm25), weights)
                        : RankFusion.reciprocalRank(List.of(ids(dense), ids(keyword)), weights, config.rrfK()));
            }
        }
        List<ScoredChunk> results = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> {
            IndexedChunk passage = byId.get(id).passage();
            float cosine = cosines.containsKey(id) ? cosines.get(id) : index.cosine(passage, vector);
            results.add(new ScoredChunk(passage, score, cosine, bm25.getOrDefault(id, 0f)));
        });
        results.sort(Comparator.comparingDouble(ScoredChunk::score).reversed()
                .thenComparing(hit -> hit.chunk().id()));
        return results.size() > k ? List.copyOf(results.subList(0, k)) : results;
    }

    /** The terms the keyword index sees in a text (analysed: lower-cased, stemmed, stop words dropped). */
    public List<String> terms(String text) {
        return index.terms(text);
    }

    /** How rare a term is in the collection (BM25 IDF): higher for names and numbers than for common words. */
    public double idf(String term) {
        return index.idf(term);
    }

    /** The archive's sources, as articles show them, with their article counts: what a question may name. */
    public Map<String, Integer> sources() {
        return index.sources();
    }

    /** An article by id. */
    public java.util.Optional<io.newsdesk.domain.Article> article(String id) {
        return index.article(id);
    }

    /** An article's passages, in order. */
    public List<IndexedChunk> passagesOf(String articleId) {
        return index.chunksOf(articleId);
    }

    /** Articles the filter accepts, oldest stored first: what a period holds. */
    public List<io.newsdesk.domain.Article> articles(int limit, SearchFilter filter) {
        return index.articles(0, limit, filter);
    }

    /** Whether any article mentions the (analysed) term at all. */
    public boolean mentions(String term) {
        return index.mentions(term);
    }

    /**
     * The best {@code k} articles for {@code query}: passages are retrieved, each retriever's passages are
     * aggregated to their article (best passage), and the articles are fused, so an article is judged as a
     * whole. This is how document-level benchmarks (BEIR) are scored.
     */
    public List<ArticleHit> searchArticles(String query, int k, SearchMode mode) {
        return searchArticles(query, k, mode, SearchFilter.NONE);
    }

    /** As {@link #searchArticles(String, int, SearchMode)}, among the articles the filter accepts. */
    public List<ArticleHit> searchArticles(String query, int k, SearchMode mode, SearchFilter filter) {
        int candidates = Math.max(4 * k, config.candidates());
        FutureTask<List<Hit>> keywordHits = keywordSearch(query, candidates, mode, filter);
        Map<String, Hit> dense = bestPerArticle(mode == SearchMode.KEYWORD ? List.of()
                : index.dense(embedder.embedQuery(query), candidates, filter));
        Map<String, Hit> keyword = bestPerArticle(joined(keywordHits));
        Map<String, Double> scores = new HashMap<>();
        switch (mode) {
            case DENSE -> dense.forEach((id, hit) -> scores.put(id, (double) hit.score()));
            case KEYWORD -> keyword.forEach((id, hit) -> scores.put(id, (double) hit.score()));
            case HYBRID -> {
                double[] weights = {config.denseWeight(), config.keywordWeight()};
                scores.putAll(config.fusion() == RetrievalConfig.Fusion.CONVEX
                        ? RankFusion.convex(List.of(articleScores(dense), articleScores(keyword)), weights)
                        : RankFusion.reciprocalRank(List.of(List.copyOf(dense.keySet()), List.copyOf(keyword.keySet())),
                                weights, config.rrfK()));
            }
        }
        List<ArticleHit> hits = new ArrayList<>();
        scores.forEach((id, score) -> {
            IndexedChunk passage = (dense.containsKey(id) ? dense.get(id) : keyword.get(id)).passage();
            hits.add(new ArticleHit(passage.article(), score, passage));
        });
        hits.sort(Comparator.comparingDouble(ArticleHit::score).reversed().thenComparing(hit -> hit.article().id()));
        return hits.size() > k ? List.copyOf(hits.subList(0, k)) : hits;
    }

    /** Starts the BM25 search on another thread; {@link #joined} runs it here instead if no thread has taken it yet. */
    private FutureTask<List<Hit>> keywordSearch(String query, int candidates, SearchMode mode, SearchFilter filter) {
        if (mode == SearchMode.DENSE) {
            FutureTask<List<Hit>> none = new FutureTask<>(List::of);
            none.run();
            return none;
        }
        FutureTask<List<Hit>> task = new FutureTask<>(() -> index.keyword(index.terms(query), candidates, filter));
        try {
            keywordSearches.execute(task);
        } catch (RejectedExecutionException e) {
            // shutting down: the caller runs it in joined()
        }
        return task;
    }

    private static List<Hit> joined(FutureTask<List<Hit>> task) {
        task.run(); // no-op when a pool thread has started or finished it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        keywordSearches.shutdownNow();
    }

    /** Each article's best passage among hits ranked best first, in rank order. */
    private static Map<String, Hit> bestPerArticle(List<Hit> hits) {
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Hit hit : hits) {
            best.putIfAbsent(hit.passage().article().id(), hit);
        }
        return best;
    }

    private static Map<String, Float> articleScores(Map<String, Hit> best) {
        Map<String, Float> scores = new HashMap<>();
        best.forEach((id, hit) -> scores.put(id, hit.score()));
        return scores;
    }

    private static Map<String, Float> scoresById(List<Hit> hits) {
        Map<String, Float> scores = new HashMap<>();
        hits.forEach(hit -> scores.put(hit.passage().id(), hit.score()));
        return scores;
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(hit -> hit.passage().id()).toList();
    }
}
