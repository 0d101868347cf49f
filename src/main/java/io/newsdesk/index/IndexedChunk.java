package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.embed.Int8Vectors;

import java.util.List;
import java.util.Set;

/**
 * A passage in the index, with the article it came from. The analysed terms of its title and text are
 * computed once, when it is indexed, so that retrieval analyses nothing but the question. What answers
 * need per sentence, its unit vector and its analysed terms, is attached when a question retrieves the
 * passage ({@code SentenceEvidence}): most passages are never retrieved, so the index does not hold it.
 *
 * @param id              the passage's id, the same in every store: see {@link PassageIds}
 * @param sentenceVectors per sentence, its unit vector; null until attached, and when sentence vectors are off
 * @param titleTerms      analysed terms of the article title
 * @param passageTerms    analysed terms of the title and the passage
 * @param sentenceTerms   analysed terms of each sentence; null until attached (the accessor then analyses them)
 */
public record IndexedChunk(String id, Chunk chunk, Article article, Int8Vectors sentenceVectors,
                           Set<String> titleTerms, Set<String> passageTerms, List<Set<String>> sentenceTerms) {

    /**
     * Analyses a passage's title and text with the index's analyser. Terms are interned: a corpus repeats
     * the same few thousand words across every passage, so each is held once.
     */
    public static IndexedChunk of(String id, Chunk chunk, Article article, float[][] sentenceVectors) {
        return of(id, chunk, article, sentenceVectors, terms(article.title()));
    }

    /** As {@link #of(String, Chunk, Article, float[][])}, sharing the title's terms among an article's passages. */
    public static IndexedChunk of(String id, Chunk chunk, Article article, float[][] sentenceVectors, Set<String> titleTerms) {
        Set<String> passageTerms = new java.util.HashSet<>(titleTerms);
        passageTerms.addAll(terms(chunk.text()));
        return new IndexedChunk(id, chunk, article, Int8Vectors.of(sentenceVectors), titleTerms, Set.copyOf(passageTerms), null);
    }

    /** Analysed terms of each sentence: as attached, else analysed now. */
    @Override
    public List<Set<String>> sentenceTerms() {
        return sentenceTerms != null ? sentenceTerms : sentences().stream().map(IndexedChunk::terms).toList();
    }

    /** This passage with its sentences' vectors (null: none) and analysed terms attached. */
    public IndexedChunk withSentenceEvidence(Int8Vectors vectors, List<Set<String>> terms) {
        return new IndexedChunk(id, chunk, article, vectors, titleTerms, passageTerms, terms);
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
