package io.newsdesk.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion: {@code score(d) = Σ w_i / (k + rank_i(d))}, ranks from 1. Rank-based,
 * so BM25 and cosine scores need no common scale; weights let the stronger retriever lead.
 */
public final class RankFusion {

    private RankFusion() {
    }

    /**
     * @param rankings each retriever's ids, best first
     * @param weights  one weight per ranking
     * @param k        damping constant; larger flattens the head of each ranking
     * @return fused score per id
     */
    public static <K> Map<K, Double> reciprocalRank(List<List<K>> rankings, double[] weights, double k) {
        if (rankings.size() != weights.length) {
            throw new IllegalArgumentException("one weight per ranking");
        }
        Map<K, Double> fused = new HashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            List<K> ranking = rankings.get(r);
            for (int rank = 0; rank < ranking.size(); rank++) {
                fused.merge(ranking.get(rank), weights[r] / (k + rank + 1), Double::sum);
            }
        }
        return fused;
    }

    /**
     * Convex combination of min-max normalised scores: each retriever's scores are rescaled to 0..1 over
     * its own candidates, so cosine and BM25 become comparable; an item a retriever did not return gets 0
     * from it.
     *
     * @param scores  each retriever's score per id
     * @param weights one weight per retriever
     */
    public static <K> Map<K, Double> convex(List<Map<K, Float>> scores, double[] weights) {
        if (scores.size() != weights.length) {
            throw new IllegalArgumentException("one weight per retriever");
        }
        Map<K, Double> fused = new HashMap<>();
        for (int r = 0; r < scores.size(); r++) {
            Map<K, Float> list = scores.get(r);
            if (list.isEmpty()) {
                continue;
            }
            double min = list.values().stream().mapToDouble(Float::doubleValue).min().orElse(0);
            double max = list.values().stream().mapToDouble(Float::doubleValue).max().orElse(0);
            double range = max - min;
            for (var entry : list.entrySet()) {
                double normalised = range == 0 ? 1 : (entry.getValue() - min) / range;
                fused.merge(entry.getKey(), weights[r] * normalised, Double::sum);
            }
        }
        return fused;
    }
}
