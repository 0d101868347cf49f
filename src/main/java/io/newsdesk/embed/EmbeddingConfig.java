package io.newsdesk.embed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-process embedding model and its on-disk cache. */
@ConfigMapping(prefix = "newsdesk.embeddings")
public interface EmbeddingConfig {

    /** Folder of the embeddings cache; created when missing. */
    @WithDefault("embeddings")
    String path();

    /**
     * How texts reach the model. {@code batched} (default) pads texts of similar length into one ONNX run;
     * {@code sequential} is LangChain4j's model one text at a time; {@code pool} is LangChain4j's default,
     * one task per text on a thread pool, which oversubscribes the cores. Compared by the ingest benchmark.
     */
    @WithDefault("batched")
    Execution execution();

    /**
     * Vectors the cache keeps (about 1.6 KB each). Past this, vectors of text no longer indexed are dropped
     * when the cache is written; below it they are kept, so a re-import after a restart embeds nothing.
     */
    @WithDefault("200000")
    int maxEntries();

    /** Prepended to questions (not to passages) before they are embedded. */
    @WithDefault("")
    java.util.Optional<String> queryPrefix();

    enum Execution { BATCHED, SEQUENTIAL, POOL }
}
