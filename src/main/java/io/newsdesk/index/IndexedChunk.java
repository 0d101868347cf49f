package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;

import java.util.List;
import java.util.Set;

/**
 * A passage in the index, with the article it came from; {@code slot} is its row in the indexes.
 * Per sentence of the passage: its unit vector (null when sentence vectors are off) and its analysed
 * terms, computed once at indexing so that answering a question analyses nothing but the question.
 *
 * @param titleTerms     analysed terms of the article title
 * @param passageTerms   analysed terms of the title and the passage
 * @param sentenceTerms  analysed terms of each sentence
 */
public record IndexedChunk(int slot, Chunk chunk, Article article, float[][] sentenceVectors,
                           Set<String> titleTerms, Set<String> passageTerms, List<Set<String>> sentenceTerms) {
}
