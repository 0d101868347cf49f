package io.newsdesk.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Whether the start-up corpus is indexed yet: readiness and the API both ask. */
@ApplicationScoped
public class IngestionState {

    private final Event<CorpusReady> events;
    private volatile boolean ready;
    private volatile String failure;

    @Inject
    public IngestionState(Event<CorpusReady> events) {
        this.events = events;
    }

    /** Outside CDI (benchmarks): nobody to tell. */
    public IngestionState() {
        this(null);
    }

    public boolean isReady() {
        return ready;
    }

    public String failure() {
        return failure;
    }

    public void ready(int articles) {
        failure = null;
        ready = true;
        if (events != null) {
            events.fireAsync(new CorpusReady(articles));
        }
    }

    public void failed(String message) {
        failure = message;
    }
}
