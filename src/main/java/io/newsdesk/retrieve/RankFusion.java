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
    public static Map<Integer, Double> reciprocalRank(List<List<Integer>> rankings, double[] weights, double k) {
        if (rankings.size() != weights.length) {
            throw new IllegalArgumentException("one weight per ranking");
        }
        Map<Integer, Double> fused = new HashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            List<Integer> ranking = rankings.get(r);
            for (int rank = 0; rank < ranking.size(); rank++) {
                fused.merge(ranking.get(rank), weights[r] / (k + rank + 1), Double::sum);
            }
        }
        return fused;
    }
}
