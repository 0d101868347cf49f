package io.newsdesk.answer;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.time.Recency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessTest {

    private static ScoredChunk passage(String id, String publishedAt, double score) {
        Article article = Article.of(id, "Title " + id, "test", List.of("Some text about the subject."), null, publishedAt);
        Chunk chunk = new Chunk(id, 0, 0, article.text().length(), article.text(), List.of());
        return new ScoredChunk(IndexedChunk.of(id + "-0", chunk, article, null), score, score, 0);
    }

    private static final List<ScoredChunk> RETRIEVED = List.of(
            passage("old", "2023-01-10", 1.0), passage("mid", "2023-06-10", 0.9), passage("new", "2023-12-10", 0.8),
            passage("far-behind", "2023-12-11", 0.5), passage("undated", null, 0.85));

    private static List<String> order(List<ScoredChunk> passages) {
        return passages.stream().map(p -> p.chunk().article().id()).toList();
    }

    @Test
    void latest_questions_lift_newer_passages_within_the_weight_only() {
        List<String> latest = order(Freshness.rerank(RETRIEVED, Recency.NEWEST, 0.3));
        assertThat(latest.get(0)).isEqualTo("new"); // 0.8 × 1.3 beats 1.0 × 1.0
        assertThat(latest.indexOf("far-behind")).as("relevance still leads: 0.5 × 1.3 stays last").isEqualTo(4);
    }

    @Test
    void first_questions_lift_older_ones_and_other_questions_keep_the_ranking() {
        assertThat(order(Freshness.rerank(RETRIEVED, Recency.OLDEST, 0.3)).get(0)).isEqualTo("old");
        assertThat(order(Freshness.rerank(RETRIEVED, Recency.NONE, 0.3))).isEqualTo(order(RETRIEVED));
        assertThat(order(Freshness.rerank(RETRIEVED, Recency.NEWEST, 0))).isEqualTo(order(RETRIEVED));
    }
}
