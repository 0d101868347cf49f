package io.newsdesk.answer;

import io.newsdesk.domain.Article;

/**
 * Where a sentence of an answer comes from.
 *
 * @param index     the number used by the {@code [n]} markers of the answer
 * @param articleId the cited article
 * @param title     its title
 * @param source    the publication that ran it, or the file (or import) it came from when that is not known
 * @param url         its address, when known
 * @param publishedAt when it was published, when known
 * @param quote     exact text of the article at {@code start..end}
 * @param start     offset of the quote in the article's cleaned text
 * @param end       end offset (exclusive)
 * @param score     how strongly the quote answers the question, 0..1
 * @param desk      the desk the article is on
 */
public record Citation(int index, String articleId, String title, String source, String url, String publishedAt, String quote,
                       int start, int end, double score, String desk) {

    public Citation(int index, String articleId, String title, String source, String url, String publishedAt, String quote,
                    int start, int end, double score) {
        this(index, articleId, title, source, url, publishedAt, quote, start, end, score, Article.DEFAULT_DESK);
    }

    /** A quote of {@code article} at {@code start..end}. */
    public static Citation of(int index, Article article, String quote, int start, int end, double score) {
        return new Citation(index, article.id(), article.title(), article.shownSource(), article.url(), article.publishedAt(),
                quote, start, end, score, article.desk());
    }

    /** The day it was published, when known. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public java.util.Optional<java.time.LocalDate> day() {
        return io.newsdesk.time.PublishedDates.day(publishedAt);
    }
}
