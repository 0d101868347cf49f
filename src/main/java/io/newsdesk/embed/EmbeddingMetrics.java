package io.newsdesk.embed;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The model's work as metrics: passage and sentence texts embedded, and their tokens (questions are not counted). */
@ApplicationScoped
@Startup
public class EmbeddingMetrics {

    public EmbeddingMetrics(Embedder embedder, MeterRegistry registry) {
        FunctionCounter.builder("newsdesk.embedding.texts", embedder, Embedder::embeddedCount)
                .description("Passage and sentence texts embedded since start-up").register(registry);
        FunctionCounter.builder("newsdesk.embedding.tokens", embedder, Embedder::embeddedTokens)
                .description("Tokens of the passage and sentence texts embedded since start-up").register(registry);
    }
}
