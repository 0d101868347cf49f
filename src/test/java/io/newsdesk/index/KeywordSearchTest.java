package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** BM25 must find exact names and numbers that embeddings blur. */
class KeywordSearchTest {

    private final MemoryCorpusIndex index = new MemoryCorpusIndex(2, 2.0f);

    private void add(String id, String title, String text) {
        Article article = Article.of(id, title, "test", List.of(text), null, null);
        Chunk chunk = new Chunk(id, 0, 0, text.length(), text, SentenceSplitter.split(text));
        float[][] sentences = new float[chunk.sentences().size()][];
        java.util.Arrays.fill(sentences, new float[] {1, 0});
        index.put(article, List.of(chunk), new float[][] {{1, 0}}, new float[][][] {sentences});
    }

    private List<String> search(String query) {
        return index.keyword(index.terms(query), 3).stream().map(hit -> hit.passage().article().id()).toList();
    }

    @Test
    void should_rank_exact_names_and_numbers_first() {
        add("apt", "Australia accuses hackers", "The China-backed group APT40 stole passwords from two networks.");
        add("apt-other", "Other hackers", "Another hacker group, APT41, targeted game studios in 2019.");
        add("ev", "EU duties", "The Commission imposed a final duty of 36.3% on electric vehicles.");
        add("ev-other", "EU tariffs", "Earlier duties were as high as 37.6% on some vehicles.");
        index.refresh();

        assertThat(search("APT40")).first().isEqualTo("apt");
        assertThat(search("36.3% duty")).first().isEqualTo("ev");
        assertThat(search("Jairan")).isEmpty();
    }

    @Test
    void should_stem_and_boost_titles() {
        add("baidu", "Baidu banks on AI", "Revenue declined in the quarter.");
        add("other", "Search engines", "Baidu was mentioned once among many search companies and engines.");
        index.refresh();

        assertThat(search("Baidu's")).first().isEqualTo("baidu");
        assertThat(search("declining revenues")).containsExactly("baidu");
    }

    @Test
    void should_replace_an_article_with_the_same_id() {
        add("x", "First", "Original text about volcanoes.");
        add("x", "First", "Edited text about glaciers.");
        index.refresh();

        assertThat(search("volcanoes")).isEmpty();
        assertThat(search("glaciers")).containsExactly("x");
        assertThat(index.articleCount()).isEqualTo(1);
        assertThat(index.chunkCount()).isEqualTo(1);
    }
}
