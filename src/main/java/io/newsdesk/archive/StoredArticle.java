package io.newsdesk.archive;

import io.newsdesk.domain.Article;

import java.time.Instant;

/**
 * An article as stored, with the vectors it was indexed with.
 *
 * @param article  the article
 * @param vectors  one per passage, each followed by one per sentence of the passage (the order of indexing)
 * @param storedAt when it was stored: a newer file in the corpus folder wins over it at start-up
 * @param origin   how it entered the archive
 */
public record StoredArticle(Article article, float[][] vectors, Instant storedAt, Origin origin) {
}
