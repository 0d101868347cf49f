package io.newsdesk.retrieve;

import io.newsdesk.index.IndexedChunk;

/**
 * A retrieved passage.
 *
 * @param chunk   the passage and its article
 * @param score   the ranking score of the mode that retrieved it
 * @param dense   cosine similarity between question and passage, whatever the mode
 * @param keyword BM25 score, or 0 when the keyword retriever did not return it
 */
public record ScoredChunk(IndexedChunk chunk, double score, double dense, double keyword) {
}
