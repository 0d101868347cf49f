package io.newsdesk.ingest;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the start-up corpus is indexed yet: readiness and the API both ask. */
@ApplicationScoped
public class IngestionState {

    private volatile boolean ready;
    private volatile String failure;

    public boolean isReady() {
        return ready;
    }

    public String failure() {
        return failure;
    }

    void ready() {
        ready = true;
    }

    void failed(String message) {
        failure = message;
    }
}
