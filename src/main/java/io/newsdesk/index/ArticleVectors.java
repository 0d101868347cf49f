package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;

import java.util.List;

/** An article ready for the index: its passages, one unit vector per passage and one per sentence. */
public record ArticleVectors(Article article, List<Chunk> chunks, float[][] chunkVectors, float[][][] sentenceVectors) {

    public ArticleVectors {
        if (chunks.size() != chunkVectors.length || chunks.size() != sentenceVectors.length) {
            throw new IllegalArgumentException("one vector per chunk, and one per sentence");
        }
    }
}
