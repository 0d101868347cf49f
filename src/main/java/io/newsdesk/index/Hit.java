package io.newsdesk.index;

/** A passage and a retriever's score for it: the cosine for dense search, BM25 for keyword search. */
public record Hit(IndexedChunk passage, float score) {
}
