package io.newsdesk.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The ONNX model ships inside its Maven artifact, so nothing is downloaded at run time. */
public class EmbeddingModelProducer {

    /** Identifies vectors in the cache: a different model never reuses another's vectors. */
    public static final String MODEL_ID = "bge-small-en-v1.5-q/384";
    public static final int DIMENSION = 384;

    @Produces
    @Singleton
    EmbeddingModel embeddingModel(EmbeddingConfig config) {
        return create(config.execution());
    }

    public static EmbeddingModel create(EmbeddingConfig.Execution execution) {
        return switch (execution) {
            case BATCHED -> new BatchedOnnxEmbeddingModel();
            case SEQUENTIAL -> new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
            case POOL -> new BgeSmallEnV15QuantizedEmbeddingModel();
        };
    }
}
