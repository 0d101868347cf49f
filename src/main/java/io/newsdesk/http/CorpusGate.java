package io.newsdesk.http;

import io.newsdesk.index.IngestionState;
import jakarta.enterprise.context.ApplicationScoped;

/** Refuses questions with a clear 503 while the start-up corpus is still being indexed. */
@ApplicationScoped
public class CorpusGate {

    private final IngestionState state;

    public CorpusGate(IngestionState state) {
        this.state = state;
    }

    public void requireReady() {
        if (!state.isReady()) {
            throw new ApiException(503, "the article corpus is still being indexed; retry in a few seconds");
        }
    }
}
