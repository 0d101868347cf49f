package io.newsdesk.retrieve;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Hybrid retrieval: how many candidates each retriever contributes and how they are fused. */
@ConfigMapping(prefix = "newsdesk.retrieval")
public interface RetrievalConfig {

    /** Candidates taken from each retriever before fusion. */
    @WithDefault("100")
    int candidates();

    /** Reciprocal rank fusion constant k. */
    @WithDefault("60")
    double rrfK();

    /** Weight of the dense ranking in fusion. */
    @WithDefault("1.0")
    double denseWeight();

    /** Weight of the keyword ranking in fusion. */
    @WithDefault("1.0")
    double keywordWeight();
}
