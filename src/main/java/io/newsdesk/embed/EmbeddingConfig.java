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
     * How a batch is spread over the cores. {@code sequential} embeds one text at a time and lets ONNX
     * Runtime use every core inside each run; {@code pool} is LangChain4j's default, one task per text
     * on a pool, which oversubscribes the cores. Measured with the ingest benchmark (see README).
     */
    @WithDefault("sequential")
    Execution execution();

    /** Prepended to questions (not to passages) before they are embedded. */
    @WithDefault("")
    java.util.Optional<String> queryPrefix();

    enum Execution { SEQUENTIAL, POOL }
}
