package io.newsdesk.support;

import io.newsdesk.index.IngestionState;
import jakarta.enterprise.inject.spi.CDI;

import java.time.Duration;

/** Waits for the start-up corpus to be indexed, so tests never race ingestion. */
public final class Ready {

    private Ready() {
    }

    public static void await() {
        IngestionState state = CDI.current().select(IngestionState.class).get();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!state.isReady()) {
            if (state.failure() != null) {
                throw new AssertionError("ingestion failed: " + state.failure());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("corpus not indexed within 120 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
