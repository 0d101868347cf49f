package io.newsdesk.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-memory indexes. */
@ConfigMapping(prefix = "newsdesk.index")
public interface IndexConfig {

    /** Weight of a title match against a body match in BM25. */
    @WithDefault("1.0")
    float titleBoost();

    /**
     * Weight of a match anywhere in the passage's whole article, beside the match in the passage itself:
     * BM25 then ranks articles as wholes, as a reader would. 0 scores passages alone.
     */
    @WithDefault("3.0")
    float articleWeight();

    /**
     * Embed every sentence as well as every passage, so answers can pick the sentence closest to a
     * paraphrased question. Turn off for search-only corpora: it roughly doubles embedding work.
     */
    @WithDefault("true")
    boolean sentenceVectors();
}
