package io.newsdesk.ingest;

import io.newsdesk.index.IngestionState;
import io.newsdesk.index.CorpusIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN until the start-up corpus is indexed, so load balancers wait for it. */
@Readiness
public class CorpusReadinessCheck implements HealthCheck {

    private final IngestionState state;
    private final CorpusIndex index;

    public CorpusReadinessCheck(IngestionState state, CorpusIndex index) {
        this.state = state;
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("corpus").status(state.isReady());
        try {
            response.withData("articles", index.articleCount()).withData("chunks", index.chunkCount());
        } catch (RuntimeException e) {
            return response.down().withData("error", "the index cannot be read: " + e.getMessage()).build();
        }
        if (state.failure() != null) {
            response.withData("error", state.failure());
        }
        return response.build();
    }
}
