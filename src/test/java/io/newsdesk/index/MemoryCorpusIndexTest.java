package io.newsdesk.index;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The memory store frees what replaced and deleted articles held, and finds the same passages after. */
class MemoryCorpusIndexTest {

    private final MemoryCorpusIndex index = new MemoryCorpusIndex(2, 1f);

    private void put(String id, String text, float[] vector) {
        Article article = Article.of(id, "Title of " + id, "test", List.of(text), null, null);
        Chunk chunk = new Chunk(id, 0, 0, text.length(), text, SentenceSplitter.split(text));
        index.put(article, List.of(chunk), new float[][] {vector}, new float[][][] {{vector}});
    }

    @Test
    void replacing_an_article_over_and_over_does_not_grow_the_index() {
        put("harbour", "The harbour in Stromness reopened on Monday.", new float[] {0, 1});
        for (int edit = 0; edit < 5000; edit++) {
            put("ferry", "The ferry timetable changed for the " + edit + "th time.", new float[] {1, 0});
        }
        index.refresh();

        assertThat(index.rowCount()).isLessThanOrEqualTo(2 + 1025);
        assertThat(index.chunkCount()).isEqualTo(2);
        assertThat(index.dense(new float[] {1, 0}, 1).get(0).passage().chunk().text()).contains("4999th");
        assertThat(index.keyword(index.terms("Stromness harbour"), 1).get(0).passage().article().id()).isEqualTo("harbour");
        IndexedChunk ferry = index.chunksOf("ferry").get(0);
        assertThat(index.cosine(ferry, new float[] {1, 0})).isEqualTo(1f);
    }

    @Test
    void deleting_articles_frees_their_rows() {
        for (int i = 0; i < 3000; i++) {
            put("a" + i, "Story number " + i + " about the council.", new float[] {1, 0});
        }
        for (int i = 0; i < 2990; i++) {
            index.remove("a" + i);
        }
        index.refresh();

        assertThat(index.rowCount()).isLessThanOrEqualTo(10 + 1025);
        assertThat(index.articleCount()).isEqualTo(10);
        assertThat(index.dense(new float[] {1, 0}, 20)).hasSize(10)
                .allSatisfy(hit -> assertThat(hit.passage().article().id()).isIn(
                        List.of("a2990", "a2991", "a2992", "a2993", "a2994", "a2995", "a2996", "a2997", "a2998", "a2999")));
        assertThat(index.keyword(index.terms("story 2995"), 1).get(0).passage().article().id()).isEqualTo("a2995");
    }
}
