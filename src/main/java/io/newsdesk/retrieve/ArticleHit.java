package io.newsdesk.retrieve;

import io.newsdesk.index.IndexedChunk;
import io.newsdesk.domain.Article;

/**
 * A retrieved article: its score in the chosen mode, and its best passage.
 *
 * @param article the article
 * @param score   fused (hybrid), best cosine (dense) or best BM25 (keyword) score
 * @param passage the article's best passage
 */
public record ArticleHit(Article article, double score, IndexedChunk passage) {
}
