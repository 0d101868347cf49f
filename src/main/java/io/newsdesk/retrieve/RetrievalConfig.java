package io.newsdesk.retrieve;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Hybrid retrieval: how many candidates each retriever contributes and how they are fused. */
@ConfigMapping(prefix = "newsdesk.retrieval")
public interface RetrievalConfig {

    /** Candidates taken from each retriever before fusion. */
    @WithDefault("100")
    int candidates();

    /**
     * {@code rrf}: weighted reciprocal rank fusion. {@code convex}: each retriever's scores min-max
     * normalised over its candidates, then {@code denseWeight·dense + keywordWeight·keyword}.
     */
    @WithDefault("convex")
    Fusion fusion();

    /** Reciprocal rank fusion constant k. */
    @WithDefault("60")
    double rrfK();

    /** Weight of the dense retriever in fusion (tuned on SciFact train: 0.7 / 0.3, see README). */
    @WithDefault("0.7")
    double denseWeight();

    /** Weight of the keyword retriever in fusion. */
    @WithDefault("0.3")
    double keywordWeight();

    enum Fusion { RRF, CONVEX }
}
