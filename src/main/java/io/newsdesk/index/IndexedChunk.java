package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.Chunk;

/**
 * A passage in the index, with the article it came from; {@code slot} is its row in the indexes.
 * {@code sentenceVectors[i]} is the unit vector of {@code chunk.sentences().get(i)}.
 */
public record IndexedChunk(int slot, Chunk chunk, Article article, float[][] sentenceVectors) {
}
