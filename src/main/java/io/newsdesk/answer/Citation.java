package io.newsdesk.answer;

/**
 * Where a sentence of an answer comes from.
 *
 * @param index     the number used by the {@code [n]} markers of the answer
 * @param articleId the cited article
 * @param title     its title
 * @param source    the file (or import) it came from
 * @param url         its address, when known
 * @param publishedAt when it was published, when known
 * @param quote     exact text of the article at {@code start..end}
 * @param start     offset of the quote in the article's cleaned text
 * @param end       end offset (exclusive)
 * @param score     how strongly the quote answers the question, 0..1
 */
public record Citation(int index, String articleId, String title, String source, String url, String publishedAt, String quote,
                       int start, int end, double score) {
}
