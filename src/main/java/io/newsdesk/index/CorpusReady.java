package io.newsdesk.index;

/** Fired (asynchronously) once the start-up corpus is indexed and the service reports ready. */
public record CorpusReady(int articles) {
}
