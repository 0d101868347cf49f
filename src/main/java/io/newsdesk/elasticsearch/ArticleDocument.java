package io.newsdesk.elasticsearch;

import io.newsdesk.index.SearchFilter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.newsdesk.domain.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * An article as Elasticsearch holds it, or the tombstone of a deleted one (which keeps a start-up from
 * bringing back a deleted corpus-folder article).
 *
 * @param paragraphs paragraph spans as offsets in the text: start, end, start, end, ...
 * @param version    {@link io.newsdesk.index.PassageIds#version}: its passages' ids derive from it
 * @param passages   how many passages it has, so they can be removed by id
 * @param storedAt   when it was stored or deleted, epoch milliseconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ArticleDocument(String id, String title, String source, String text, int[] paragraphs, String url,
                              String publishedAt, String version, int passages, long storedAt, boolean deleted,
                              String publication, String shownSource, String sourceKey, String desk, Integer day) {

    static ArticleDocument of(Article article, String version, int passages, long storedAt) {
        int[] spans = new int[article.paragraphs().size() * 2];
        for (int i = 0; i < article.paragraphs().size(); i++) {
            spans[2 * i] = article.paragraphs().get(i).start();
            spans[2 * i + 1] = article.paragraphs().get(i).end();
        }
        return new ArticleDocument(article.id(), article.title(), article.source(), article.text(), spans, article.url(),
                article.publishedAt(), version, passages, storedAt, false, article.publication(), article.shownSource(),
                SearchFilter.key(article.shownSource()), article.desk(), epochDay(article));
    }

    static ArticleDocument tombstone(String id, long at) {
        return new ArticleDocument(id, null, null, null, null, null, null, null, 0, at, true, null, null, null, null, null);
    }

    /** The article's publication day as an epoch day, or null when unknown. */
    static Integer epochDay(Article article) {
        return article.day().map(day -> (int) day.toEpochDay()).orElse(null);
    }

    Article toArticle(String id) {
        List<Article.Paragraph> list = new ArrayList<>(paragraphs.length / 2);
        for (int i = 0; i + 1 < paragraphs.length; i += 2) {
            list.add(new Article.Paragraph(text.substring(paragraphs[i], paragraphs[i + 1]), paragraphs[i], paragraphs[i + 1]));
        }
        return new Article(id, title, source, text, list, url, publishedAt, publication, desk);
    }
}
