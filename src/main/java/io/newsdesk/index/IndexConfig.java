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
     * When sentences are embedded, beside their passages, so that answers can pick the sentence closest to
     * a paraphrased question. {@code lazy}: the first time a question retrieves the passage, then cached;
     * ingestion embeds each text once. {@code eager}: at ingestion, which about doubles its model work and
     * keeps about 2 KB more per passage. {@code off}: never; answers rank sentences without their own
     * similarity (search-only corpora).
     */
    @WithDefault("lazy")
    SentenceVectors sentenceVectors();

    /** With lazy sentence vectors: passages whose sentence vectors stay in memory (about 2 KB each). */
    @WithDefault("20000")
    int sentenceVectorCache();

    enum SentenceVectors {
        LAZY, EAGER, OFF;

        public boolean atIngestion() {
            return this == EAGER;
        }
    }
}
