package io.newsdesk.retrieve;

import io.newsdesk.embed.Embedder;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.Hit;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Finds the passages for a query with dense vectors, BM25, or both fused (the default). */
@ApplicationScoped
public class Retriever {

    private final Embedder embedder;
    private final CorpusIndex index;
    private final RetrievalConfig config;

    public Retriever(Embedder embedder, CorpusIndex index, RetrievalConfig config) {
        this.embedder = embedder;
        this.index = index;
        this.config = config;
    }

    /** The best {@code k} passages for {@code query}, best first. */
    public List<ScoredChunk> search(String query, int k, SearchMode mode) {
        return search(query, embedder.embedQuery(query), k, mode);
    }

    /** As {@link #search(String, int, SearchMode)}, with the query's vector already computed. */
    public List<ScoredChunk> search(String query, float[] vector, int k, SearchMode mode) {
        float[] cosines = index.denseScores(vector);
        int candidates = Math.max(k, config.candidates());
        List<Hit> dense = mode == SearchMode.KEYWORD ? List.of() : Hit.top(cosines, candidates);
        List<Hit> keyword = mode == SearchMode.DENSE ? List.of() : index.keyword(index.terms(query), candidates);
        Map<Integer, Float> bm25 = new java.util.HashMap<>();
        keyword.forEach(hit -> bm25.put(hit.slot(), hit.score()));

        List<ScoredChunk> results = new ArrayList<>();
        switch (mode) {
            case DENSE -> dense.forEach(hit -> results.add(scored(hit.slot(), hit.score(), cosines, bm25)));
            case KEYWORD -> keyword.forEach(hit -> results.add(scored(hit.slot(), hit.score(), cosines, bm25)));
            case HYBRID -> {
                Map<Integer, Double> fused = RankFusion.reciprocalRank(
                        List.of(slots(dense), slots(keyword)),
                        new double[] {config.denseWeight(), config.keywordWeight()}, config.rrfK());
                fused.forEach((slot, score) -> results.add(scored(slot, score, cosines, bm25)));
            }
        }
        results.sort(Comparator.comparingDouble(ScoredChunk::score).reversed());
        return results.size() > k ? List.copyOf(results.subList(0, k)) : results;
    }

    private ScoredChunk scored(int slot, double score, float[] cosines, Map<Integer, Float> bm25) {
        return new ScoredChunk(index.chunk(slot), score, cosines[slot], bm25.getOrDefault(slot, 0f));
    }

    private static List<Integer> slots(List<Hit> hits) {
        return hits.stream().map(Hit::slot).toList();
    }
}
