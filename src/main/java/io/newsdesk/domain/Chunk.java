package io.newsdesk.domain;

import io.newsdesk.text.Span;

import java.util.List;

/**
 * A passage of an article: whole sentences, embedded together with the article title.
 *
 * @param articleId the article the passage belongs to
 * @param ordinal   position of the passage within its article
 * @param start     offset of the passage in the article text
 * @param end       end offset (exclusive) in the article text
 * @param text      the passage, verbatim from the article text
 * @param sentences sentence spans, as offsets in the article text
 */
public record Chunk(String articleId, int ordinal, int start, int end, String text, List<Span> sentences) {

    public Chunk {
        sentences = List.copyOf(sentences);
    }

    /** What is embedded: the title gives every passage its article's context. */
    public static String embeddingText(String title, String text) {
        return title + "\n" + text;
    }
}
