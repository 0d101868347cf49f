package io.newsdesk.answer;

import io.newsdesk.index.IndexedChunk;
import io.newsdesk.text.Span;

/**
 * A sentence that may answer the question.
 *
 * @param chunk    the passage it was found in
 * @param sentence its offsets in the article text
 * @param score    how well it answers, higher is better
 * @param dense    cosine between the question and its passage
 * @param matched  true when it, or its article's title, shares a key term with the question (or a follow-up's context)
 * @param cosine   cosine between the question and the sentence itself
 */
public record Evidence(IndexedChunk chunk, Span sentence, double score, double dense, boolean matched, double cosine) {

    public String text() {
        return sentence.of(chunk.article().text());
    }

    public String articleId() {
        return chunk.article().id();
    }
}
