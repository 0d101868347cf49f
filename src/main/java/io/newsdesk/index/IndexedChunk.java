package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.embed.Int8Vectors;

import java.util.List;
import java.util.Set;

/**
 * A passage in the index, with the article it came from. Per sentence of the passage: its unit vector
 * (null until computed, and when sentence vectors are off) and its analysed terms, computed once so that answering a
 * question analyses nothing but the question.
 *
 * @param id             the passage's id, the same in every store: see {@link PassageIds}
 * @param titleTerms     analysed terms of the article title
 * @param passageTerms   analysed terms of the title and the passage
 * @param sentenceTerms  analysed terms of each sentence
 */
public record IndexedChunk(String id, Chunk chunk, Article article, Int8Vectors sentenceVectors,
                           Set<String> titleTerms, Set<String> passageTerms, List<Set<String>> sentenceTerms) {

    /**
     * Analyses a passage's title, text and sentences with the index's analyser. Terms are interned: a
     * corpus repeats the same few thousand words across every passage and sentence, so each is held once.
     */
    public static IndexedChunk of(String id, Chunk chunk, Article article, float[][] sentenceVectors) {
        return of(id, chunk, article, sentenceVectors, terms(article.title()));
    }

    /** As {@link #of(String, Chunk, Article, float[][])}, sharing the title's terms among an article's passages. */
    public static IndexedChunk of(String id, Chunk chunk, Article article, float[][] sentenceVectors, Set<String> titleTerms) {
        Set<String> passageTerms = new java.util.HashSet<>(titleTerms);
        passageTerms.addAll(terms(chunk.text()));
        List<Set<String>> sentenceTerms = chunk.sentences().stream().map(s -> terms(s.of(article.text()))).toList();
        return new IndexedChunk(id, chunk, article, Int8Vectors.of(sentenceVectors), titleTerms, Set.copyOf(passageTerms),
                sentenceTerms);
    }

    /** This passage with the vectors of its sentences (computed after it was indexed). */
    public IndexedChunk withSentenceVectors(Int8Vectors vectors) {
        return new IndexedChunk(id, chunk, article, vectors, titleTerms, passageTerms, sentenceTerms);
    }

    /** The passage's sentences, in order. */
    public List<String> sentences() {
        return chunk.sentences().stream().map(s -> s.of(article.text())).toList();
    }

    /** The interned, analysed terms of a text. */
    public static Set<String> terms(String text) {
        return Set.copyOf(EnglishTerms.of(text).stream().map(String::intern).toList());
    }
}
