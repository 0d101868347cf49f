package io.newsdesk.ingest;

import io.newsdesk.domain.Chunk;
import io.newsdesk.domain.Article;
import java.util.Arrays;
import java.util.List;

/**
 * An article ready for the index: its passages, one vector per passage and, when sentence vectors are on,
 * one per sentence of each passage.
 */
public record EmbeddedArticle(Article article, List<Chunk> chunks, float[][] chunkVectors, float[][][] sentenceVectors) {

    /** How many vectors: one per passage, plus one per sentence when sentence vectors are on. */
    public int vectorCount() {
        int count = chunkVectors.length;
        for (float[][] sentences : sentenceVectors) {
            count += sentences == null ? 0 : sentences.length;
        }
        return count;
    }

    /** The vectors in indexing order: each passage's, then its sentences'. */
    public float[][] vectors() {
        float[][] flat = new float[vectorCount()][];
        int next = 0;
        for (int c = 0; c < chunkVectors.length; c++) {
            flat[next++] = chunkVectors[c];
            if (sentenceVectors[c] != null) {
                for (float[] sentence : sentenceVectors[c]) {
                    flat[next++] = sentence;
                }
            }
        }
        return flat;
    }

    /**
     * Rebuilds an embedded article from vectors in indexing order, or returns null when they do not fit its
     * passages (the chunking or the model changed since they were computed).
     */
    public static EmbeddedArticle of(Article article, List<Chunk> chunks, float[][] vectors, boolean withSentences, int dimension) {
        int sentenceCount = chunks.stream().mapToInt(c -> c.sentences().size()).sum();
        if (Arrays.stream(vectors).anyMatch(v -> v.length != dimension)) {
            return null;
        }
        if (!withSentences && vectors.length == chunks.size() + sentenceCount && sentenceCount > 0) {
            // Stored with sentence vectors (eager); they are computed on retrieval now, so only passages are kept.
            float[][] chunkVectors = new float[chunks.size()][];
            int next = 0;
            for (int c = 0; c < chunks.size(); c++) {
                chunkVectors[c] = vectors[next];
                next += 1 + chunks.get(c).sentences().size();
            }
            return new EmbeddedArticle(article, chunks, chunkVectors, new float[chunks.size()][][]);
        }
        if (vectors.length != chunks.size() + (withSentences ? sentenceCount : 0)) {
            return null;
        }
        float[][] chunkVectors = new float[chunks.size()][];
        float[][][] sentenceVectors = new float[chunks.size()][][];
        int next = 0;
        for (int c = 0; c < chunks.size(); c++) {
            chunkVectors[c] = vectors[next++];
            if (withSentences) {
                int sentences = chunks.get(c).sentences().size();
                sentenceVectors[c] = Arrays.copyOfRange(vectors, next, next + sentences);
                next += sentences;
            }
        }
        return new EmbeddedArticle(article, chunks, chunkVectors, sentenceVectors);
    }
}
