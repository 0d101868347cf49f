package io.newsdesk.support;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.newsdesk.answer.PhraseVectors;
import io.newsdesk.embed.Embedder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The service's embedding model (bge-small, int8) without the application: for unit tests of meaning. */
public final class ModelVectors {

    private static PhraseVectors phrases;

    private ModelVectors() {
    }

    /** Word and phrase vectors from the real model, loaded once per test JVM, with an empty throw-away cache. */
    public static synchronized PhraseVectors phrases() {
        if (phrases == null) {
            try {
                var folder = Files.createTempDirectory("newsdesk-model-vectors");
                folder.toFile().deleteOnExit();
                phrases = new PhraseVectors(new Embedder(new BgeSmallEnV15QuantizedEmbeddingModel(), TestConfigs.embeddings(folder)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return phrases;
    }
}
